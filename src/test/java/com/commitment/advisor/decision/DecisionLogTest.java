package com.commitment.advisor.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.profile.Api;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The decision log over real HTTP on a random port, on a real database (the subclasses pick which): answers are
 * logged asynchronously, so each check polls for its decision for a few seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "advisor.decisions.mask=/people/*/name,/debrief/customerSaid,/crm/owner")
abstract class DecisionLogTest {

    private static final Duration POLL_LIMIT = Duration.ofSeconds(10);

    /** A deal with a plan: a seller action as the best ask, a vague minimum, a blocker; and a CRM's own fields. */
    static final String PLAN = """
            {"deal": {"id": "%s", "asOf": "2026-09-20"},
             "people": [{"id": "chen", "name": "Chen", "role": "UP", "influence": 2, "support": -1},
                        {"id": "fang", "role": "PP"}],
             "plan": {"commitments": [
               {"id": "c1", "kind": "BEST", "by": "%s", "action": "send the minutes tonight"},
               {"id": "c2", "kind": "MINIMUM", "by": "chen", "action": "let's catch up soon"}]},
             "crm": {"owner": "rep 17", "stage": 3}}
            """;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    DecisionRetention retention;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void anAnswerIsLoggedWithItsRequestAndRecommendations() throws Exception {
        Api.Reply answer = api.post("/api/v1/advice", PLAN.formatted("L-1", "we"), "zh-CN,zh;q=0.9");
        assertThat(answer.status()).isEqualTo(200);

        JsonNode decision = decision(answer.body().get("decisionId").asString());
        assertThat(decision.get("dealId").asString()).isEqualTo("L-1");
        assertThat(decision.get("source").asString()).isEqualTo("API");
        assertThat(decision.get("ruleset").asString()).isEqualTo(answer.body().get("ruleset").asString());
        assertThat(decision.get("language").asString()).isEqualTo("zh");
        assertThat(Instant.parse(decision.get("time").asString())).isBetween(Instant.now().minusSeconds(60), Instant.now());
        assertThat(decision.get("request").get("crm").get("stage").asInt()).as("fields we ignore are kept").isEqualTo(3);

        JsonNode answered = answer.body().get("recommendations");
        JsonNode logged = decision.get("recommendations");
        assertThat(logged.size()).isEqualTo(answered.size()).isGreaterThan(3);
        for (int i = 0; i < answered.size(); i++) {
            JsonNode a = answered.get(i);
            JsonNode l = logged.get(i);
            assertThat(l.get("rank").asInt()).isEqualTo(i + 1);
            for (String field : List.of("code", "rule", "subject", "severity", "key", "fingerprint")) {
                assertThat(l.get(field)).as(field + " of rank " + (i + 1)).isEqualTo(a.get(field));
            }
            assertThat(l.has("message")).as("texts are the rules', not the log's").isFalse();
        }
    }

    @Test
    void anAnswerWithoutRecommendationsIsLoggedToo() throws Exception {
        Api.Reply answer = api.post("/api/v1/advice", "{\"deal\": {\"id\": \"L-2\"}}");
        assertThat(answer.body().get("recommendations").size()).isZero();

        JsonNode decision = decision(answer.body().get("decisionId").asString());
        assertThat(decision.get("recommendations").size()).isZero();
        assertThat(decision.get("request")).isEqualTo(Api.JSON.readTree("{\"deal\": {\"id\": \"L-2\"}}"));
        assertThat(decision.get("masked").size()).isZero();
    }

    @Test
    void adviceOnAStoredDealIsLoggedWithTheBodyAsReceived() throws Exception {
        api.put("/api/v1/deals/L-3", "{\"deal\": {\"stage\": \"SOLUTION\"}, \"people\": [{\"id\": \"li\", \"name\": \"Li\"}]}");
        String body = """
                {"asOf": "2026-09-20", "debrief": {"date": "2026-09-18", "report": "We presented the proposal.",
                  "customerSaid": ["Good product, let's talk next time."], "bestAsk": "DECLINED"}}""";
        Api.Reply answer = api.post("/api/v1/deals/L-3/advice", body);
        assertThat(answer.status()).isEqualTo(200);

        JsonNode decision = decision(answer.body().get("decisionId").asString());
        assertThat(decision.get("source").asString()).isEqualTo("DEAL");
        assertThat(decision.get("language").asString()).isEqualTo("en");
        ObjectNode expected = (ObjectNode) Api.JSON.readTree(body);
        ((ObjectNode) expected.get("debrief")).put("customerSaid", "**masked**");
        assertThat(decision.get("request")).as("the call's body, not the stored deal").isEqualTo(expected);
        assertThat(decision.get("masked").valueStream().map(JsonNode::asString)).containsExactly("/debrief/customerSaid");
        assertThat(decision.get("recommendations").findValuesAsString("code")).contains("OUTCOME_CONTINUATION");

        Api.Reply noBody = api.post("/api/v1/deals/L-3/advice", "");
        assertThat(decision(noBody.body().get("decisionId").asString()).has("request")).isFalse();
    }

    @Test
    void personalDataIsMaskedAndTheRecordSaysWhere() throws Exception {
        Api.Reply answer = api.post("/api/v1/advice", PLAN.formatted("L-4", "we"));

        JsonNode decision = decision(answer.body().get("decisionId").asString());
        JsonNode request = decision.get("request");
        assertThat(request.get("people").get(0).get("name").asString()).isEqualTo("**masked**");
        assertThat(request.get("people").get(1).has("name")).as("nothing there, nothing added").isFalse();
        assertThat(request.get("people").get(0).get("influence").asInt()).isEqualTo(2);
        assertThat(request.get("crm").get("owner").asString()).isEqualTo("**masked**");
        assertThat(request.toString()).doesNotContain("Chen").doesNotContain("rep 17");
        assertThat(decision.get("masked").valueStream().map(JsonNode::asString))
                .as("the pointers that matched, in the configured order").containsExactly("/people/*/name", "/crm/owner");
    }

    @Test
    void theKeyStaysAndTheFingerprintChangesWithTheEvidence() throws Exception {
        JsonNode first = sellerAction(api.post("/api/v1/advice", PLAN.formatted("L-5", "we")).body());
        JsonNode again = sellerAction(api.post("/api/v1/advice", PLAN.formatted("L-5", "we")).body());
        JsonNode changed = sellerAction(api.post("/api/v1/advice", PLAN.formatted("L-5", "our team")).body());
        JsonNode otherDeal = sellerAction(api.post("/api/v1/advice", PLAN.formatted("L-6", "we")).body());

        assertThat(again.get("key")).isEqualTo(first.get("key"));
        assertThat(again.get("fingerprint")).isEqualTo(first.get("fingerprint"));
        assertThat(changed.get("evidence")).isNotEqualTo(first.get("evidence"));
        assertThat(changed.get("key")).as("same deal, rule, code and subject").isEqualTo(first.get("key"));
        assertThat(changed.get("fingerprint")).as("new evidence").isNotEqualTo(first.get("fingerprint"));
        assertThat(otherDeal.get("key")).isNotEqualTo(first.get("key"));
    }

    @Test
    void aDealsDecisionsAreListedNewestFirstInPages() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(api.post("/api/v1/advice", PLAN.formatted("L-7", "we")).body().get("decisionId").asString());
        }
        decision(ids.get(4));
        JsonNode first = api.get("/api/v1/deals/L-7/decisions?size=2").body();
        assertThat(first.get("total").asInt()).isEqualTo(5);
        assertThat(first.get("items").findValuesAsString("decisionId")).containsExactly(ids.get(4), ids.get(3));
        assertThat(first.get("items").get(0).get("recommendations").size()).isGreaterThan(3);
        JsonNode last = api.get("/api/v1/deals/L-7/decisions?page=2&size=2").body();
        assertThat(last.get("items").findValuesAsString("decisionId")).containsExactly(ids.get(0));
        assertThat(last.get("page").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/deals/never-advised/decisions").body().get("total").asInt()).isZero();
    }

    @Test
    void anUnknownDecisionIsA404AndABadPageA400() throws Exception {
        assertProblem(api.get("/api/v1/decisions/no-such-decision"), 404, "/problems/not-found");
        assertProblem(api.get("/api/v1/deals/L-7/decisions?size=101"), 400, "/problems/invalid-request");
        assertProblem(api.get("/api/v1/deals/L-7/decisions?page=-1"), 400, "/problems/invalid-request");
    }

    @Test
    void retentionDeletesDecisionsOlderThanItsDays() throws Exception {
        String old = api.post("/api/v1/advice", "{\"deal\": {\"id\": \"L-8\"}}").body().get("decisionId").asString();
        String kept = api.post("/api/v1/advice", "{\"deal\": {\"id\": \"L-8\"}}").body().get("decisionId").asString();
        decision(old);
        decision(kept);
        age(old, Duration.ofDays(401));
        age(kept, Duration.ofDays(399));

        retention.deleteExpired();

        assertProblem(api.get("/api/v1/decisions/" + old), 404, "/problems/not-found");
        assertThat(api.get("/api/v1/decisions/" + kept).status()).as("400 days by default").isEqualTo(200);
    }

    /** Backdates a logged decision, as if it had been made {@code ago}. */
    private void age(String decisionId, Duration ago) {
        JdbcClient.create(dataSource).sql("UPDATE decision SET decided_at = ? WHERE id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minus(ago), decisionId).update();
    }

    private static JsonNode sellerAction(JsonNode answer) {
        return answer.get("recommendations").valueStream()
                .filter(r -> r.get("code").asString().equals("COMMITMENT_SELLER_ACTION")).findFirst().orElseThrow();
    }

    /** The logged decision, once the writer has written it. */
    JsonNode decision(String decisionId) throws Exception {
        Instant limit = Instant.now().plus(POLL_LIMIT);
        while (true) {
            Api.Reply reply = api.get("/api/v1/decisions/" + decisionId);
            if (reply.status() == 200) {
                return reply.body();
            }
            assertThat(Instant.now()).as("decision " + decisionId + " logged within " + POLL_LIMIT).isBefore(limit);
            Thread.sleep(100);
        }
    }

    static void assertProblem(Api.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(status);
        assertThat(reply.isProblem()).as("problem+json").isTrue();
        assertThat(reply.body().get("type").asString()).isEqualTo(type);
        assertThat(reply.raw().body()).doesNotContain("Exception");
    }
}
