package com.commitment.advisor.system;

import com.commitment.advisor.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The advice endpoint over real HTTP on a random port, with the real rules: good answers and every bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdviceHttpTest {

    private static final String GOOD = """
            {"deal": {"id": "D-1", "asOf": "2026-09-20"},
             "people": [{"id": "chen", "name": "Chen", "role": "UP", "influence": 2, "support": -1}],
             "plan": {"commitments": [
               {"id": "c1", "kind": "BEST", "by": "we", "action": "send the minutes tonight"},
               {"id": "c2", "kind": "MINIMUM", "by": "chen", "action": "let's catch up soon"}]},
             "crmField": {"anything": [1, 2, 3]}}
            """;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void answersWithRankedExplainedRecommendations() throws Exception {
        HttpResponse<String> response = post(GOOD, "application/json", "en");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("dealId").asString()).isEqualTo("D-1");
        assertThat(body.get("ruleset").asString()).startsWith("sha256:");
        assertThat(body.get("decisionId").asString()).hasSize(36);
        assertThat(body.has("outcome")).as("no debrief, no outcome").isFalse();
        assertThat(body.get("recommendations").get(0).get("severity").asString()).as("ranked").isEqualTo("HIGH");
        JsonNode first = withCode(body, "COMMITMENT_SELLER_ACTION");
        assertThat(first.get("severity").asString()).isEqualTo("HIGH");
        assertThat(first.get("subject").get("id").asString()).isEqualTo("c1");
        assertThat(first.get("rule").asString()).isEqualTo("commitment/seller-is-the-one-to-act");
        assertThat(first.get("message").asString()).contains("send the minutes tonight");
        assertThat(first.get("nextStep").asString()).isNotBlank();
        assertThat(first.get("principle").asString()).isNotBlank();
        assertThat(body.get("recommendations").valueStream().map(r -> r.get("code").asString() + " " + r.get("subject").get("id").asString()))
                .contains("COMMITMENT_VAGUE c2");
    }

    @Test
    void speaksChineseWhenAskedWithTheSameCodes() throws Exception {
        JsonNode en = json.readTree(post(GOOD, "application/json", "en").body());
        JsonNode zh = json.readTree(post(GOOD, "application/json", "zh-CN,zh;q=0.9,en;q=0.5").body());
        assertThat(zh.get("recommendations").findValuesAsString("code"))
                .isEqualTo(en.get("recommendations").findValuesAsString("code"));
        assertThat(withCode(zh, "COMMITMENT_SELLER_ACTION").get("message").asString()).contains("不是客户的行动承诺");
        assertThat(zh.get("recommendations").findValuesAsString("key")).as("keys name no text of a language")
                .isEqualTo(en.get("recommendations").findValuesAsString("key"));
        assertThat(zh.get("recommendations").findValuesAsString("fingerprint"))
                .isEqualTo(en.get("recommendations").findValuesAsString("fingerprint"));
        assertThat(en.get("recommendations").get(0).get("key").asString()).matches("[0-9a-f]{16}");
    }

    private static JsonNode withCode(JsonNode answer, String code) {
        return answer.get("recommendations").valueStream().filter(r -> r.get("code").asString().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError(code + " not in " + answer));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON      | {"deal": {"id": "D-1"                                                   | /deal
            not an object       | [1, 2]                                                                  | ''
            wrong type          | {"deal": {"id": "D-1"}, "people": {"id": "x"}}                          | /people
            number as text      | {"deal": {"id": "D-1"}, "people": [{"id": "x", "influence": "high"}]}   | /people/0/influence
            unknown stage       | {"deal": {"id": "D-1", "stage": "MAYBE"}}                               | /deal/stage
            unknown kind        | {"deal": {"id": "D-1"}, "plan": {"commitments": [{"kind": "GOOD"}]}}    | /plan/commitments/0/kind
            influence 7         | {"deal": {"id": "D-1"}, "people": [{"id": "x", "influence": 7}]}        | /people/0/influence
            support -3          | {"deal": {"id": "D-1"}, "people": [{"id": "x", "support": -3}]}         | /people/0/support
            support 2.5         | {"deal": {"id": "D-1"}, "people": [{"id": "x", "support": 2.5}]}        | /people/0/support
            effort 3.0          | {"deal": {"id": "D-1"}, "people": [{"id": "x", "effort": 3.0}]}         | /people/0/effort
            missing deal id     | {"deal": {"customer": "Acme"}}                                          | /deal/id
            missing deal        | {"people": []}                                                          | /deal
            missing person id   | {"deal": {"id": "D-1"}, "people": [{"name": "Chen"}]}                   | /people/0/id
            duplicate person id | {"deal": {"id": "D-1"}, "people": [{"id": "x"}, {"id": "x"}]}           | /people/1/id
            impossible date     | {"deal": {"id": "D-1", "asOf": "2026-02-30"}}                           | /deal/asOf
            not a date          | {"deal": {"id": "D-1", "decidedOn": "last week"}}                       | /deal/decidedOn
            unknown result      | {"deal": {"id": "D-1"}, "history": [{"result": "MAYBE"}]}               | /history/0/result
            null list item      | {"deal": {"id": "D-1"}, "people": [null]}                               | /people/0
            """)
    void badInputIsA400ProblemWithAPointer(String what, String body, String pointer) throws Exception {
        HttpResponse<String> response = post(body, "application/json", null);
        assertThat(response.statusCode()).as(what).isEqualTo(400);
        assertProblem(response);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("errors").get(0).get("pointer").asString()).as(what).isEqualTo(pointer);
        assertThat(problem.get("errors").get(0).get("detail").asString()).as(what).isNotBlank();
    }

    @Test
    void moreThan500ItemsInAListIs400() throws Exception {
        String people = IntStream.range(0, 501).mapToObj(i -> "{\"id\": \"p" + i + "\"}")
                .collect(Collectors.joining(","));
        HttpResponse<String> response = post("{\"deal\": {\"id\": \"D\"}, \"people\": [" + people + "]}",
                "application/json", null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response);
        assertThat(response.body()).contains("/people");
    }

    @Test
    void aBodyOverOneMebibyteIs413WithOrWithoutADeclaredLength() throws Exception {
        String big = "{\"deal\": {\"id\": \"D\", \"customer\": \"" + "x".repeat(1100 * 1024) + "\"}}";
        HttpResponse<String> declared = post(big, "application/json", null);
        assertThat(declared.statusCode()).isEqualTo(413);
        assertProblem(declared);

        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(uri("/api/v1/advice"))
                .header("Content-Type", "application/json").header("Authorization", TestUsers.basic(TestUsers.REP))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
        HttpResponse<String> streamed = http.send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertProblem(streamed);
    }

    @Test
    void aContentTypeOtherThanJsonIs415() throws Exception {
        HttpResponse<String> response = post("deal=D-1", "application/x-www-form-urlencoded", null);
        assertThat(response.statusCode()).isEqualTo(415);
        assertProblem(response);
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() throws Exception {
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(uri("/api/v1/nothing")).header("Authorization", TestUsers.basic(TestUsers.REP)).GET()
                .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertProblem(missing);
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(uri("/api/v1/advice")).header("Authorization", TestUsers.basic(TestUsers.REP)).GET()
                .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertProblem(get);
    }

    @Test
    void servesOpenApiAndHealth() throws Exception {
        HttpResponse<String> docs = http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/advice");
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
    }

    private void assertProblem(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private HttpResponse<String> post(String body, String contentType, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/advice"))
                .header("Content-Type", contentType).header("Authorization", TestUsers.basic(TestUsers.REP))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
