package com.commitment.advisor.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser or script on another machine, as the service sees it: HTTP/1.1 over a socket bound to another loopback
 * address (127.0.0.2, ...), since sign-in pauses count failures per address and every other client of the tests
 * comes from 127.0.0.1. Keeps the cookies it is given, like a browser.
 */
final class FromAddress {

    private final InetAddress local;
    private final int port;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    FromAddress(String localAddress, int port) throws IOException {
        this.local = InetAddress.getByName(localAddress);
        this.port = port;
    }

    /** One answer: status, headers by lower-case name, body. */
    record Reply(int status, Map<String, List<String>> headers, String body) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }
    }

    Reply get(String path, String authorization) throws IOException {
        return send("GET", path, authorization, null, null);
    }

    /** A form post, as the sign-in page's browser sends it. */
    Reply postForm(String path, Map<String, String> fields) throws IOException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST", path, null, "application/x-www-form-urlencoded", body);
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    Reply send(String method, String path, String authorization, String contentType, String body)
            throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n");
        if (authorization != null) {
            request.append("Authorization: ").append(authorization).append("\r\n");
        }
        if (!cookies.isEmpty()) {
            request.append("Cookie: ").append(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "))).append("\r\n");
        }
        if (contentType != null) {
            request.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(30_000);
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private Reply read(InputStream in) throws IOException {
        String raw = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        int end = raw.indexOf("\r\n\r\n");
        String[] lines = raw.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    k -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
        }
        for (String cookie : headers.getOrDefault("set-cookie", List.of())) {
            String pair = cookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String value = pair.substring(eq + 1);
            if (value.isEmpty()) {
                cookies.remove(pair.substring(0, eq));
            } else {
                cookies.put(pair.substring(0, eq), value);
            }
        }
        String body = raw.substring(end + 4);
        if ("chunked".equalsIgnoreCase(String.join(",", headers.getOrDefault("transfer-encoding", List.of())))) {
            body = unchunk(body);
        }
        return new Reply(status, headers, new String(body.getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8));
    }

    private static String unchunk(String chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                return out.toString(StandardCharsets.ISO_8859_1);
            }
            out.writeBytes(chunked.substring(lineEnd + 2, lineEnd + 2 + size).getBytes(StandardCharsets.ISO_8859_1));
            at = lineEnd + 2 + size + 2;
        }
    }
}
