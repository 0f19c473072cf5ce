package com.commitment.advisor.system;

import com.commitment.advisor.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.advice.FixtureCheck;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every scenario in fixtures/ posted as a rep's tool would post it: the same codes and outcome over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FixturesOverHttpTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicTest> everyFixtureGivesItsCodesOverHttp() {
        Path fixtures = Path.of("fixtures");
        return FixtureCheck.files(fixtures).stream().map(file -> DynamicTest.dynamicTest(
                fixtures.relativize(file).toString(), () -> check(json.readTree(file.toFile()))));
    }

    private void check(JsonNode fixture) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/advice"))
                .header("Content-Type", "application/json")
                .header("Authorization", TestUsers.basic(TestUsers.REP))
                .header("Accept-Language", fixture.path("language").asString("en"))
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(fixture.get("request")))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = json.readTree(response.body());
        List<String> codes = new ArrayList<>();
        answer.get("recommendations").forEach(r -> codes.add(r.get("code").asString()));
        JsonNode expect = fixture.path("expect");
        expect.path("codes").forEach(code -> assertThat(codes).contains(code.asString()));
        expect.path("absent").forEach(code -> assertThat(codes).doesNotContain(code.asString()));
        if (expect.hasNonNull("outcome")) {
            assertThat(answer.path("outcome").asString()).isEqualTo(expect.get("outcome").asString());
        }
    }
}
