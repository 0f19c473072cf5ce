package com.commitment.advisor.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.profile.Api;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Feedback and no re-nagging over real HTTP on a real database (the subclasses pick which): a rep marks a
 * recommendation done, dismissed or snoozed; later advice on the same deal leaves it out while the feedback holds,
 * and brings it back when its evidence changes or the snooze is over.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class FeedbackTest {

    /** A seller action as the best ask (its evidence is who the plan names: "%2$s"), a vague minimum, a blocker. */
    static final String PLAN = """
            {"deal": {"id": "%s", "asOf": "2026-09-20"},
             "people": [{"id": "chen", "name": "Chen", "role": "UP", "influence": 2, "support": -1},
                        {"id": "fang", "role": "PP"}],
             "plan": {"commitments": [
               {"id": "c1", "kind": "BEST", "by": "%s", "action": "send the minutes tonight"},
               {"id": "c2", "kind": "MINIMUM", "by": "chen", "action": "let's catch up soon"}]}}
            """;

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void aDismissedRecommendationStaysAwayUntilItsEvidenceChanges() throws Exception {
        JsonNode first = advise("F-1", "we");
        JsonNode sellerAction = find(first, "COMMITMENT_SELLER_ACTION");
        Api.Reply given = api.post("/api/v1/deals/F-1/feedback", """
                {"key": "%s", "status": "DISMISSED", "reason": "WRONG", "comment": "we is the customer's team here"}
                """.formatted(sellerAction.get("key").asString()));
        assertThat(given.status()).isEqualTo(201);
        assertThat(given.body().get("code").asString()).isEqualTo("COMMITMENT_SELLER_ACTION");
        assertThat(given.body().get("rule").asString()).isEqualTo(sellerAction.get("rule").asString());
        assertThat(given.body().get("decisionId").asString()).isEqualTo(first.get("decisionId").asString());

        JsonNode again = advise("F-1", "we");
        assertThat(codes(again)).doesNotContain("COMMITMENT_SELLER_ACTION").contains("COMMITMENT_VAGUE");
        assertThat(again.get("suppressed")).hasSize(1);
        assertThat(again.get("suppressed").get(0).get("key").asString()).isEqualTo(sellerAction.get("key").asString());
        assertThat(again.get("suppressed").get(0).get("status").asString()).isEqualTo("DISMISSED");

        JsonNode everything = api.post("/api/v1/advice?all=true", PLAN.formatted("F-1", "we")).body();
        JsonNode marked = find(everything, "COMMITMENT_SELLER_ACTION");
        assertThat(marked.get("feedback").get("status").asString()).isEqualTo("DISMISSED");
        assertThat(marked.get("feedback").get("reason").asString()).isEqualTo("WRONG");
        assertThat(marked.get("feedback").get("hidden").asBoolean()).isTrue();

        JsonNode changed = advise("F-1", "our engineer");
        JsonNode back = find(changed, "COMMITMENT_SELLER_ACTION");
        assertThat(back.get("key").asString()).as("the same recommendation").isEqualTo(sellerAction.get("key").asString());
        assertThat(back.get("fingerprint").asString()).isNotEqualTo(sellerAction.get("fingerprint").asString());
        assertThat(back.get("feedback").get("hidden").asBoolean()).as("shown, with the feedback it had").isFalse();
        assertThat(changed.get("suppressed")).isEmpty();
    }

    @Test
    void aSnoozeHidesThroughItsDayAndNotAfter() throws Exception {
        String key = find(advise("F-2", "we"), "COMMITMENT_VAGUE").get("key").asString();
        LocalDate today = LocalDate.now();

        snooze("F-2", key, today.minusDays(1));
        assertThat(codes(advise("F-2", "we"))).as("snoozed until yesterday: back").contains("COMMITMENT_VAGUE");

        snooze("F-2", key, today);
        assertThat(codes(advise("F-2", "we"))).as("snoozed until today: hidden").doesNotContain("COMMITMENT_VAGUE");
        assertThat(codes(advise("F-2", "our engineer"))).as("whatever the evidence").doesNotContain("COMMITMENT_VAGUE");
    }

    @Test
    void feedbackOnADealHoldsForTheStoredDealToo() throws Exception {
        assertThat(api.put("/api/v1/deals/F-3", """
                {"deal": {"id": "F-3", "asOf": "2026-09-20"},
                 "people": [{"id": "chen", "name": "Chen", "role": "UP", "influence": 2, "support": -1},
                            {"id": "fang", "role": "PP"}]}
                """).status()).isEqualTo(201);
        String body = """
                {"plan": {"commitments": [{"id": "c1", "kind": "BEST", "by": "we", "action": "send the minutes tonight"}]}}
                """;
        JsonNode stored = api.post("/api/v1/deals/F-3/advice", body).body();
        String key = find(stored, "COMMITMENT_SELLER_ACTION").get("key").asString();
        assertThat(api.post("/api/v1/deals/F-3/feedback", "{\"key\": \"" + key + "\", \"status\": \"DONE\"}").status())
                .isEqualTo(201);

        assertThat(codes(api.post("/api/v1/deals/F-3/advice", body).body())).doesNotContain("COMMITMENT_SELLER_ACTION");
        assertThat(codes(advise("F-3", "we"))).as("and by the stateless endpoint").doesNotContain("COMMITMENT_SELLER_ACTION");
    }

    @Test
    void aKeyThisDealWasNeverGivenIsNotFound() throws Exception {
        String key = find(advise("F-4", "we"), "COMMITMENT_SELLER_ACTION").get("key").asString();
        Api.Reply otherDeal = api.post("/api/v1/deals/F-5/feedback", "{\"key\": \"" + key + "\", \"status\": \"DONE\"}");
        assertThat(otherDeal.status()).isEqualTo(404);
        assertThat(otherDeal.isProblem()).isTrue();
        Api.Reply unknown = api.post("/api/v1/deals/F-4/feedback", "{\"key\": \"0123456789abcdef\", \"status\": \"DONE\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("detail").asString()).contains("0123456789abcdef").doesNotContain("Exception");
    }

    @Test
    void badFeedbackIsAnsweredWithThePointerOfWhatIsWrong() throws Exception {
        String key = find(advise("F-6", "we"), "COMMITMENT_SELLER_ACTION").get("key").asString();
        assertPointer("{\"key\": \"" + key + "\", \"status\": \"DISMISSED\"}", "/reason");
        assertPointer("{\"key\": \"" + key + "\", \"status\": \"SNOOZED\"}", "/until");
        assertPointer("{\"key\": \"" + key + "\", \"status\": \"MAYBE\"}", "/status");
        assertPointer("{\"status\": \"DONE\"}", "/key");
        assertPointer("{\"key\": \"" + key + "\", \"status\": \"SNOOZED\", \"until\": \"next week\"}", "/until");
        assertThat(api.get("/api/v1/deals/F-6/feedback").body().get("total").asLong()).as("nothing stored").isZero();
    }

    @Test
    void feedbackIsListedPerDealNewestFirstAndWrongOnesAcrossDeals() throws Exception {
        String key = find(advise("F-7", "we"), "COMMITMENT_SELLER_ACTION").get("key").asString();
        String vague = find(advise("F-8", "we"), "COMMITMENT_VAGUE").get("key").asString();
        api.post("/api/v1/deals/F-7/feedback", "{\"key\": \"" + key + "\", \"status\": \"DONE\"}");
        api.post("/api/v1/deals/F-7/feedback", "{\"key\": \"" + key
                + "\", \"status\": \"DISMISSED\", \"reason\": \"WRONG\", \"comment\": \"not ours\"}");
        api.post("/api/v1/deals/F-8/feedback", "{\"key\": \"" + vague + "\", \"status\": \"DISMISSED\", \"reason\": \"WRONG\"}");

        JsonNode ofDeal = api.get("/api/v1/deals/F-7/feedback").body();
        assertThat(ofDeal.get("total").asLong()).isEqualTo(2);
        assertThat(ofDeal.get("items").get(0).get("status").asString()).isEqualTo("DISMISSED");
        assertThat(ofDeal.get("items").get(1).get("status").asString()).isEqualTo("DONE");

        JsonNode wrong = api.get("/api/v1/feedback?status=DISMISSED&reason=WRONG&size=100").body();
        List<String> deals = new ArrayList<>();
        wrong.get("items").forEach(f -> deals.add(f.get("dealId").asString()));
        assertThat(deals).contains("F-7", "F-8").doesNotHaveDuplicates();
        wrong.get("items").forEach(f -> assertThat(f.get("rule").asString()).isNotBlank());
        assertThat(api.get("/api/v1/feedback?status=LATER").status()).isEqualTo(400);
    }

    private JsonNode advise(String dealId, String by) throws Exception {
        Api.Reply answer = api.post("/api/v1/advice", PLAN.formatted(dealId, by));
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private void snooze(String dealId, String key, LocalDate until) throws Exception {
        assertThat(api.post("/api/v1/deals/" + dealId + "/feedback", """
                {"key": "%s", "status": "SNOOZED", "until": "%s"}""".formatted(key, until)).status()).isEqualTo(201);
    }

    private void assertPointer(String body, String pointer) throws Exception {
        Api.Reply reply = api.post("/api/v1/deals/F-6/feedback", body);
        assertThat(reply.status()).as(body).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.body().toString()).as(body).contains("\"" + pointer + "\"");
    }

    private static JsonNode find(JsonNode answer, String code) {
        for (JsonNode r : answer.get("recommendations")) {
            if (r.get("code").asString().equals(code)) {
                return r;
            }
        }
        throw new AssertionError(code + " not in " + codes(answer));
    }

    private static List<String> codes(JsonNode answer) {
        List<String> codes = new ArrayList<>();
        answer.get("recommendations").forEach(r -> codes.add(r.get("code").asString()));
        return codes;
    }
}
