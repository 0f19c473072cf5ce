package com.commitment.advisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.TestUsers;
import com.commitment.advisor.profile.Api;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Deal ids come from outside (a CRM), so two reps may use the same one: a rep's stateless answer on an id that is
 * another rep's stored deal stays the asker's, with its request; so does a key shown to one rep and not the other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SharedDealIdsTest {

    /** A plan whose best commitment is the rep's own work: at least one recommendation, with a key. */
    private static final String PLAN = """
            {"deal": {"id": "%s"}, "plan": {"commitments": [
              {"id": "c1", "kind": "BEST", "by": "we", "action": "send the minutes tonight"}]}}""";

    @LocalServerPort
    int port;

    private Api rep1;
    private Api rep3;
    private String dealId;

    @BeforeEach
    void storeRep1sDeal() throws Exception {
        rep1 = new Api(port);
        rep3 = rep1.as(TestUsers.REP_OTHER_MANAGER);
        dealId = "SHARED-" + UUID.randomUUID();
        assertThat(rep1.put("/api/v1/deals/" + dealId, "{\"deal\": {\"customer\": \"rep1's customer\"}}").status())
                .isEqualTo(201);
    }

    @Test
    void aStatelessAnswerOnAnotherRepsDealIdStaysWithItsAsker() throws Exception {
        String theirs = advise(rep3, dealId);
        awaitLogged(rep3, theirs);

        assertThat(rep1.get("/api/v1/decisions/" + theirs).status()).as("the deal's rep").isEqualTo(404);
        assertThat(rep1.as(TestUsers.MANAGER).get("/api/v1/decisions/" + theirs).status()).as("the deal's manager")
                .isEqualTo(404);
        assertThat(rep1.get("/api/v1/deals/" + dealId + "/decisions").body().get("total").asInt()).isZero();
        assertThat(rep3.get("/api/v1/deals/" + dealId + "/decisions").status()).as("the deal is hidden from rep3")
                .isEqualTo(404);

        String own = rep1.post("/api/v1/deals/" + dealId + "/advice", "{}").body().get("decisionId").asString();
        awaitLogged(rep1, own);
        assertThat(rep1.as(TestUsers.MANAGER).get("/api/v1/decisions/" + own).status())
                .as("an answer on the stored deal is its manager's to read").isEqualTo(200);
    }

    @Test
    void aKeyShownToAnotherRepCannotBeAnswered() throws Exception {
        String unstored = "UNSTORED-" + UUID.randomUUID();
        JsonNode answer = rep3.post("/api/v1/advice", PLAN.formatted(unstored)).body();
        String key = answer.get("recommendations").get(0).get("key").asString();
        String feedback = "{\"key\": \"" + key + "\", \"status\": \"DONE\"}";

        assertThat(rep1.post("/api/v1/deals/" + unstored + "/feedback", feedback).status()).as("at once")
                .isEqualTo(404);
        awaitLogged(rep3, answer.get("decisionId").asString());
        assertThat(rep1.post("/api/v1/deals/" + unstored + "/feedback", feedback).status()).as("once logged")
                .isEqualTo(404);
        assertThat(rep3.post("/api/v1/deals/" + unstored + "/feedback", feedback).status()).isEqualTo(201);
    }

    private static String advise(Api api, String dealId) throws Exception {
        Api.Reply answer = api.post("/api/v1/advice", PLAN.formatted(dealId));
        assertThat(answer.status()).isEqualTo(200);
        return answer.body().get("decisionId").asString();
    }

    /** The log is written up to a second after the answer. */
    private static void awaitLogged(Api api, String decisionId) throws Exception {
        Instant limit = Instant.now().plus(Duration.ofSeconds(20));
        while (api.get("/api/v1/decisions/" + decisionId).status() != 200) {
            assertThat(Instant.now()).as("decision " + decisionId + " logged").isBefore(limit);
            Thread.sleep(50);
        }
    }
}
