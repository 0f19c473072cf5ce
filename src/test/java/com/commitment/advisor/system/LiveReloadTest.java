package com.commitment.advisor.system;

import com.commitment.advisor.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.ruleset.RulesCopy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sales-ops edit the rules of a running server: a good edit is served after the save, every kind of bad edit
 * is refused with its file and line while the old rules keep answering, and the admin endpoints need the token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveReloadTest {

    private static final String TOKEN = "test-admin-token";
    private static final Path ROOT = temp();
    private static final RulesCopy RULES = RulesCopy.of(Path.of("rules"), ROOT.resolve("rules"));
    private static final String PING_ME = """
            {"deal": {"id": "D-9", "asOf": "2026-09-20"}, "people": [{"id": "li"}],
             "plan": {"commitments": [
               {"id": "c1", "kind": "BEST", "by": "li", "action": "ping me by Friday"},
               {"id": "c2", "kind": "MINIMUM", "by": "li", "action": "send us the org chart by Friday"}]}}
            """;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("advisor.rules-dir", () -> RULES.dir().toString());
        registry.add("advisor.data-dir", () -> ROOT.resolve("data").toString());
        registry.add("advisor.admin-token", () -> TOKEN);
        registry.add("advisor.reload-debounce", () -> "100ms");
    }

    @Test
    void aGoodEditIsServedAfterTheSaveWithoutARestart() throws Exception {
        String before = advise(PING_ME).get("ruleset").asString();
        assertThat(codes(advise(PING_ME))).doesNotContain("COMMITMENT_VAGUE");

        RULES.write("lexicon/vague-phrases.csv", RULES.read("lexicon/vague-phrases.csv") + "ping me,ask,en\n");

        JsonNode after = awaitAdvice(answer -> codes(answer).contains("COMMITMENT_VAGUE"));
        assertThat(after.get("ruleset").asString()).isNotEqualTo(before);
        assertThat(status().get("version").asString()).isEqualTo(after.get("ruleset").asString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"syntax", "unknown field", "bad decision table", "broken lexicon", "missing message",
        "empty rule set", "rule that loops", "failing fixture", "outcome that is none", "code without texts",
        "misspelt setting"})
    void aBadEditIsRefusedWithFileAndLineWhileTheOldRulesServe(String kind) throws Exception {
        String serving = reload().get("status").get("version").asString();
        BadEdit edit = BadEdit.of(kind);
        String original = Files.exists(RULES.dir().resolve(edit.file())) ? RULES.read(edit.file()) : null;
        try {
            edit.apply(RULES);
            HttpResponse<String> refused = post("/api/v1/rules/reload", "", "Bearer " + TOKEN);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).contains(edit.where());
            assertThat(advise(PING_ME).get("ruleset").asString()).isEqualTo(serving);
            assertThat(status().get("lastFailure").get("version").asString())
                    .isEqualTo(json.readTree(refused.body()).get("version").asString());
        } finally {
            edit.undo(RULES, original);
        }
        double unchanged = unchangedReloads();
        JsonNode undone = reload();
        assertThat(undone.get("status").get("version").asString()).isEqualTo(serving);
        assertThat(undone.get("result").asString()).as("the served rules are on disk again").isEqualTo("UNCHANGED");
        assertThat(unchangedReloads()).as("counted").isGreaterThan(unchanged);
    }

    private double unchangedReloads() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                uri("/actuator/metrics/advisor.rules.reloads?tag=result:unchanged"))
                .header("Authorization", TestUsers.basic(TestUsers.ADMIN)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 404 ? 0 : json.readTree(response.body()).get("measurements").get(0)
                .get("value").asDouble();
    }

    @Test
    void theRulesEndpointsNeedTheTokenOrASalesOpsUser() throws Exception {
        HttpResponse<String> none = http.send(HttpRequest.newBuilder(uri("/api/v1/rules")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(uri("/api/v1/rules"))
                .header("Authorization", "Bearer nope").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(post("/api/v1/rules/reload", "", null).statusCode()).isEqualTo(401);
        assertThat(send("/api/v1/rules", TestUsers.REP).statusCode()).as("a rep may not").isEqualTo(403);
        assertThat(send("/api/v1/rules", TestUsers.SALES_OPS).statusCode()).as("sales-ops may").isEqualTo(200);
        assertThat(post("/api/v1/advice", PING_ME, "Bearer " + TOKEN).statusCode()).as("the token is for the rules only")
                .isEqualTo(401);
    }

    /** One kind of bad edit: how to make it, and the file:line (or text) the refusal must name. */
    private record BadEdit(String file, Consumer<RulesCopy> edit, String where) {

        /** A rule file kept in src/test/resources/broken-rules/{@code brokenCase}, refused at its {@code line}. */
        static BadEdit broken(String brokenCase, String file, int line) {
            return new BadEdit(file, r -> r.write(file, RulesCopy.testFile("broken-rules/" + brokenCase + "/" + file)),
                    file + ":" + line);
        }

        static BadEdit of(String kind) {
            return switch (kind) {
                case "syntax" -> new BadEdit("plan/asks.drl", r -> r.replace("plan/asks.drl", "    Plan()\n    not PlannedAsk( kind == CommitmentKind.BEST )",
                        "    Plan(\n    not PlannedAsk( kind == CommitmentKind.BEST )"), "plan/asks.drl:");
                case "unknown field" -> broken("unknown-field", "commitment/seller-acts.drl", 8);
                case "bad decision table" -> new BadEdit("tables/broken.drl.csv", r -> r.write("tables/broken.drl.csv",
                        "RuleSet,tables\nRuleTable Broken\nCONDITION,ACTION\nPlannedAsk,\nkind == \"$param\"\n,\nBEST\n"), "tables/broken.drl.csv");
                case "broken lexicon" -> new BadEdit("lexicon/vague-phrases.csv", r -> r.replace("lexicon/vague-phrases.csv",
                        "support,ask,en", "\"support,ask,en"), "lexicon/vague-phrases.csv:");
                case "missing message" -> new BadEdit("messages_zh.properties", r -> r.write("messages_zh.properties",
                        r.read("messages_zh.properties").replaceAll("(?m)^PLAN_NO_BEST\\.message.*$", "")), "PLAN_NO_BEST.message");
                case "empty rule set" -> new BadEdit("plan/asks.drl", r -> ruleFiles(r).forEach(file -> {
                    if (file.endsWith(".drl")) {
                        r.write(file, "package " + file.substring(0, file.lastIndexOf('/')).replace('/', '.') + ";\n");
                    } else {
                        delete(r.dir().resolve(file));
                    }
                }), "no rules found");
                case "rule that loops" -> new BadEdit("plan/loop.drl", r -> r.write("plan/loop.drl", RulesCopy.testFile("broken-rules/loop.drl")), "plan/echo-every-setting-forever");
                case "failing fixture" -> new BadEdit("advisor.properties", r -> r.replace("advisor.properties",
                        "plan.max-asks = 2", "plan.max-asks = 5"), "too-many-asks.en.json");
                case "outcome that is none" -> broken("outcome-stalled", "outcome/stalled.drl", 11);
                case "code without texts" -> broken("code-without-texts", "plan/too-long.drl", 11);
                case "misspelt setting" -> broken("misspelt-setting", "plan/many-asks.drl", 9);
                default -> throw new IllegalArgumentException(kind);
            };
        }

        void apply(RulesCopy rules) {
            edit.accept(rules);
        }

        void undo(RulesCopy rules, String original) {
            if (original == null) {
                delete(rules.dir().resolve(file));
            } else if (where.equals("no rules found")) {
                RulesCopy real = new RulesCopy(Path.of("rules"));
                ruleFiles(real).forEach(file -> rules.write(file, real.read(file)));
            } else {
                rules.write(file, original);
            }
        }

        /** The rule files (DRL and decision tables) of a rules folder, relative to it. */
        private static java.util.List<String> ruleFiles(RulesCopy rules) {
            try (java.util.stream.Stream<Path> files = Files.walk(rules.dir())) {
                return files.map(f -> rules.dir().relativize(f).toString().replace('\\', '/'))
                        .filter(f -> f.endsWith(".drl") || f.endsWith(".drl.csv")).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void delete(Path path) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private JsonNode awaitAdvice(java.util.function.Predicate<JsonNode> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode answer = advise(PING_ME);
        while (!condition.test(answer) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            answer = advise(PING_ME);
        }
        assertThat(condition.test(answer)).as("the edit was served within 30 s; last answer " + answer).isTrue();
        return answer;
    }

    private JsonNode advise(String body) throws Exception {
        HttpResponse<String> response = post("/api/v1/advice", body, TestUsers.basic(TestUsers.REP));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode reload() throws Exception {
        HttpResponse<String> response = post("/api/v1/rules/reload", "", "Bearer " + TOKEN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode status() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/rules"))
                .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static java.util.List<String> codes(JsonNode answer) {
        return answer.get("recommendations").valueStream().map(r -> r.get("code").asString()).toList();
    }

    private HttpResponse<String> post(String path, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", TestUsers.basic(user)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("live-reload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
