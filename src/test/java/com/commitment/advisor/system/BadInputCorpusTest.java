package com.commitment.advisor.system;

import com.commitment.advisor.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hundreds of bad requests, made by breaking every field of two full, valid requests in the ways a CRM
 * gets them wrong, plus odd but valid ones and seeded random ones: never a 5xx, never a stack trace; every
 * 4xx is problem+json pointing at the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputCorpusTest {

    private static final Set<String> ENUMS = Set.of("stage", "role", "kind", "bestAsk", "result");
    private static final Set<String> DATES = Set.of("decidedOn", "lastAdvanceOn", "asOf", "targetCloseOn", "date", "due");
    private static final Set<String> SCORES = Set.of("influence", "support", "effort");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String PLAN_AND_HISTORY = """
            {"deal": {"id": "D-1024", "customer": "Acme Recruiting", "stage": "DECISION", "decidedOn": "2026-09-01",
                      "lastAdvanceOn": "2026-09-03", "asOf": "2026-09-20", "owner": "liang", "budget": "approved",
                      "customerTimeline": "go live before the plant opens in March", "targetCloseOn": "2026-09-30"},
             "people": [{"id": "liang", "name": "Liang", "title": "VP", "role": "DP", "influence": 2, "support": 2,
                         "concept": "hire faster for the new plant", "personalWin": "credit for the plant opening", "effort": 4},
                        {"id": "chen", "name": "Chen", "title": "HR manager", "role": "UP", "influence": 2, "support": -1}],
             "plan": {"date": "2026-09-22", "with": ["chen"],
                      "commitments": [{"id": "c1", "kind": "BEST", "by": "chen", "action": "join a reference visit",
                                       "due": "2026-09-29", "check": "we call him on 2026-09-30", "why": "he sees it run"},
                                      {"id": "c2", "kind": "MINIMUM", "by": "chen", "action": "name three reports by Friday"}],
                      "needs": [{"id": "n1", "text": "screen 500 CVs a week", "confirmed": true, "proofs": ["reference: Beta Corp"]}],
                      "keyPointsChecked": true, "benefitsSummarised": false},
             "history": [{"date": "2026-09-05", "of": "sun", "action": "set up a meeting with Fang", "result": "DEFERRED",
                          "said": "not the right time"}]}
            """;

    private static final String DEBRIEF = """
            {"deal": {"id": "D-2048", "asOf": "2026-09-20"},
             "people": [{"id": "sun", "name": "Sun", "role": "IP", "influence": 1, "support": 1}],
             "debrief": {"date": "2026-09-15", "with": ["sun"], "report": "we presented the proposal",
                         "customerSaid": ["we still need to discuss internally"],
                         "agreed": [{"by": "sun", "action": "share the competitor's offer", "due": "2026-09-18"}],
                         "bestAsk": "DECLINED"}}
            """;

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    /** One broken request: what was done to it, the body, and the pointer the answer must name. */
    record Bad(String what, String body, String pointer) {
    }

    @TestFactory
    Stream<DynamicTest> everyBrokenFieldIsA400PointingAtIt() {
        List<Bad> corpus = new ArrayList<>();
        for (String base : List.of(PLAN_AND_HISTORY, DEBRIEF)) {
            breakEveryField(JSON.readTree(base), "", JSON.readTree(base), corpus);
        }
        corpus.addAll(wholeBodies());
        assertThat(corpus).as("the corpus").hasSizeGreaterThanOrEqualTo(200);
        return corpus.stream().map(bad -> DynamicTest.dynamicTest(bad.what(), () -> {
            HttpResponse<String> response = post(bad.body());
            assertThat(response.statusCode()).as(bad.what() + ": " + response.body()).isEqualTo(400);
            JsonNode problem = assertProblem(response);
            assertThat(problem.get("errors").get(0).get("pointer").asString()).as(bad.what()).startsWith(bad.pointer());
        }));
    }

    @TestFactory
    Stream<DynamicTest> oddButValidRequestsGetASensibleAnswer() {
        Map<String, String> odd = Map.of(
                "mixed scripts and emoji", "{\"deal\": {\"id\": \"D-ü-中-🙂\", \"customer\": \"Ünïcødé 公司 🏭\"},"
                        + " \"people\": [{\"id\": \"陈\", \"name\": \"陈经理 (Chen)\", \"concept\": \"更快招聘 hire faster\"}]}",
                "escaped control characters", "{\"deal\": {\"id\": \"D-1\", \"budget\": \"line\\nbreak\\ttab\\u0000nul\"}}",
                "unknown fields everywhere", "{\"deal\": {\"id\": \"D-1\", \"crm\": {\"a\": [1, {\"b\": null}]}},"
                        + " \"people\": [{\"id\": \"x\", \"linkedin\": \"...\"}], \"extra\": true}",
                "nulls everywhere", "{\"deal\": {\"id\": \"D-1\", \"customer\": null, \"stage\": null, \"asOf\": null},"
                        + " \"people\": null, \"plan\": null, \"debrief\": null, \"history\": null}",
                "dates far apart", "{\"deal\": {\"id\": \"D-1\", \"stage\": \"DECISION\", \"decidedOn\": \"1900-01-01\","
                        + " \"asOf\": \"2999-12-31\", \"targetCloseOn\": \"0001-01-01\"}}",
                "people referred to but not listed", "{\"deal\": {\"id\": \"D-1\", \"owner\": \"nobody-listed\"},"
                        + " \"plan\": {\"with\": [\"ghost\"], \"commitments\": [{\"kind\": \"BEST\", \"by\": \"ghost\", \"action\": \"review the quote by Friday\"}]},"
                        + " \"history\": [{\"of\": \"phantom\", \"result\": \"BROKEN\"}]}",
                "empty lists and objects", "{\"deal\": {\"id\": \"D-1\"}, \"people\": [], \"plan\": {}, \"debrief\": {}, \"history\": []}",
                "a commitment with nothing but a kind", "{\"deal\": {\"id\": \"D-1\"}, \"plan\": {\"commitments\": [{\"kind\": \"MINIMUM\"}]}}",
                "the full example", PLAN_AND_HISTORY,
                "the debrief example", DEBRIEF);
        return odd.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            HttpResponse<String> response = post(entry.getValue());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).get("recommendations").isArray()).isTrue();
        }));
    }

    @Test
    void seededRandomRequestsNeverGetA5xx() throws Exception {
        Random random = new Random(20261124);
        JsonNode base = JSON.readTree(PLAN_AND_HISTORY);
        List<String> paths = new ArrayList<>();
        collectPaths(base, "", paths);
        for (int i = 0; i < 300; i++) {
            JsonNode copy = base.deepCopy();
            for (int change = 0; change < 1 + random.nextInt(3); change++) {
                String path = paths.get(random.nextInt(paths.size()));
                replaceAt(copy, path, randomValue(random, 0));
            }
            HttpResponse<String> response = post(JSON.writeValueAsString(copy));
            assertThat(response.statusCode()).as("seed run " + i + ": " + copy + " → " + response.body())
                    .isIn(200, 400);
            if (response.statusCode() == 400) {
                assertThat(assertProblem(response).get("errors").get(0).has("pointer")).isTrue();
            }
        }
    }

    private static void breakEveryField(JsonNode node, String path, JsonNode root, List<Bad> corpus) {
        if (node.isObject()) {
            if (!path.isEmpty()) {
                corpus.add(replaced(root, path, NODES.arrayNode(), "an object given as a list"));
                corpus.add(replaced(root, path, NODES.stringNode("text"), "an object given as text"));
            }
            node.propertyNames().forEach(name -> breakEveryField(node.get(name), path + "/" + name, root, corpus));
        } else if (node.isArray()) {
            corpus.add(replaced(root, path, NODES.objectNode(), "a list given as an object"));
            corpus.add(replaced(root, path, NODES.stringNode("text"), "a list given as text"));
            ArrayNode tooMany = NODES.arrayNode();
            for (int i = 0; i < 501; i++) {
                tooMany.add(node.get(0).deepCopy());
            }
            corpus.add(replaced(root, path, tooMany, "501 items"));
            for (int i = 0; i < node.size(); i++) {
                breakEveryField(node.get(i), path + "/" + i, root, corpus);
            }
        } else {
            String field = path.substring(path.lastIndexOf('/') + 1);
            if (ENUMS.contains(field)) {
                corpus.add(replaced(root, path, NODES.stringNode("NOT_A_VALUE"), "an unknown value"));
                corpus.add(replaced(root, path, NODES.stringNode(node.asString().toLowerCase() + " "), "a near miss"));
            } else if (DATES.contains(field)) {
                corpus.add(replaced(root, path, NODES.stringNode("2026-02-30"), "an impossible date"));
                corpus.add(replaced(root, path, NODES.stringNode("2026-13-01"), "month 13"));
                corpus.add(replaced(root, path, NODES.stringNode("next Friday"), "words instead of a date"));
            } else if (SCORES.contains(field)) {
                corpus.add(replaced(root, path, NODES.numberNode(field.equals("effort") ? 100_000 : 7), "out of range high"));
                corpus.add(replaced(root, path, NODES.numberNode(-3), "out of range low"));
                corpus.add(replaced(root, path, NODES.stringNode("high"), "a word instead of a number"));
                corpus.add(replaced(root, path, NODES.numberNode(1.5), "a fraction instead of a whole number"));
            } else if (node.isString()) {
                corpus.add(replaced(root, path, NODES.stringNode("x".repeat(10_001)), "a huge string"));
                corpus.add(replaced(root, path, NODES.objectNode(), "text given as an object"));
            } else if (node.isBoolean()) {
                corpus.add(replaced(root, path, NODES.objectNode(), "a yes/no given as an object"));
            }
        }
    }

    private static List<Bad> wholeBodies() {
        List<Bad> bodies = new ArrayList<>();
        String[] malformed = {"", "{", "}", "[", "{\"deal\": ", "{\"deal\": {\"id\": \"D\"},}", "{'deal': {}}",
            "{\"deal\": {\"id\": \"D\"}} trailing", "nul", "\"just text\"", "42", "[]", "true", "{\"deal\": {\"id\": \"D\"}}}",
            "{\"deal\": {\"id\": \"D\"\"customer\": \"x\"}}", "\u0000", "{\"deal\": {\"id\": \"D\", \"customer\": \"\\x\"}}"};
        for (String body : malformed) {
            bodies.add(new Bad("malformed: " + body.replace("\u0000", "NUL"), body, ""));
        }
        bodies.add(new Bad("deep nesting in an unknown field", "{\"deal\": {\"id\": \"D\"}, \"x\": " + "[".repeat(2000)
                + "]".repeat(2000) + "}", ""));
        bodies.add(new Bad("duplicate person ids", "{\"deal\": {\"id\": \"D\"}, \"people\": [{\"id\": \"a\"}, {\"id\": \"a\"}]}",
                "/people/1/id"));
        bodies.add(new Bad("blank deal id", "{\"deal\": {\"id\": \"  \"}}", "/deal/id"));
        bodies.add(new Bad("no deal", "{}", "/deal"));
        return bodies;
    }

    private static Bad replaced(JsonNode root, String path, JsonNode value, String what) {
        JsonNode copy = root.deepCopy();
        replaceAt(copy, path, value);
        return new Bad(path + ": " + what, JSON.writeValueAsString(copy), path);
    }

    private static void replaceAt(JsonNode root, String path, JsonNode value) {
        int slash = path.lastIndexOf('/');
        JsonNode parent = root.at(path.substring(0, slash));
        String last = path.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
    }

    private static void collectPaths(JsonNode node, String path, List<String> paths) {
        if (!path.isEmpty()) {
            paths.add(path);
        }
        if (node.isObject()) {
            node.propertyNames().forEach(name -> collectPaths(node.get(name), path + "/" + name, paths));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectPaths(node.get(i), path + "/" + i, paths);
            }
        }
    }

    private static JsonNode randomValue(Random random, int depth) {
        return switch (random.nextInt(depth > 2 ? 6 : 8)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(random.nextInt(21) - 10);
            case 2 -> NODES.numberNode(random.nextDouble() * 1e6);
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> NODES.stringNode(randomText(random));
            case 5 -> NODES.stringNode(List.of("DP", "BEST", "DECISION", "2026-09-31", "2026-09-30", "AGREED").get(random.nextInt(6)));
            case 6 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = 0; i < random.nextInt(4); i++) {
                    array.add(randomValue(random, depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (int i = 0; i < random.nextInt(4); i++) {
                    object.set(List.of("id", "kind", "x", "influence", "action").get(random.nextInt(5)), randomValue(random, depth + 1));
                }
                yield object;
            }
        };
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        String alphabet = "ab 中文\n\t\"\\/😀<>&'";
        for (int i = 0; i < random.nextInt(30); i++) {
            text.appendCodePoint(alphabet.codePoints().toArray()[random.nextInt((int) alphabet.codePoints().count())]);
        }
        return text.toString();
    }

    private JsonNode assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("com.commitment");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
        return problem;
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/advice"))
                .header("Content-Type", "application/json").header("Authorization", TestUsers.basic(TestUsers.REP))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
