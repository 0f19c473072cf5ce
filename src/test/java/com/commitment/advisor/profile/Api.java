package com.commitment.advisor.profile;

import com.commitment.advisor.TestUsers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A rep's tool calling the service over real HTTP on loopback, JSON in and out, signed in with HTTP Basic. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final String base;
    private final String authorization;

    /** Signed in as the test rep {@value TestUsers#REP}. */
    public Api(int port) {
        this(port, TestUsers.basic(TestUsers.REP));
    }

    private Api(int port, String authorization) {
        this.port = port;
        this.base = "http://127.0.0.1:" + port;
        this.authorization = authorization;
    }

    /** The same server, signed in as another test user. */
    public Api as(String user) {
        return new Api(port, TestUsers.basic(user));
    }

    /** The same server, signed in as {@code user} with {@code password} (HTTP Basic). */
    public Api as(String user, String password) {
        String pair = user + ":" + password;
        return new Api(port, "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    /** The same server, sending this Authorization header ({@code Bearer ...}, say). */
    public Api authorized(String authorization) {
        return new Api(port, authorization);
    }

    /** The same server, with no credentials. */
    public Api anonymous() {
        return new Api(port, null);
    }

    /** One answer: its status, its body as JSON (null when empty) and its headers. */
    public record Reply(int status, JsonNode body, HttpResponse<String> raw) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public boolean isProblem() {
            String type = header("Content-Type");
            return type != null && type.startsWith("application/problem+json");
        }
    }

    public Reply get(String path) throws IOException, InterruptedException {
        return exchange(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Reply get(String path, String language) throws IOException, InterruptedException {
        return exchange(HttpRequest.newBuilder(URI.create(base + path)).GET().header("Accept-Language", language));
    }

    public Reply post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)), "POST", json, null);
    }

    public Reply post(String path, String json, String language) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)), "POST", json, language);
    }

    public Reply put(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)), "PUT", json, null);
    }

    private Reply send(HttpRequest.Builder request, String method, String json, String language)
            throws IOException, InterruptedException {
        request.method(method, HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json");
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return exchange(request);
    }

    private Reply exchange(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        boolean json = response.headers().firstValue("Content-Type").filter(t -> t.contains("json")).isPresent();
        JsonNode body = response.body().isEmpty() || !json ? null : JSON.readTree(response.body());
        return new Reply(response.statusCode(), body, response);
    }
}
