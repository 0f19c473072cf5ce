package com.commitment.advisor.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.TestUsers;
import com.commitment.advisor.profile.Api;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The database stops while reps ask for advice: the service reaches it through a {@link TcpProxy} the test cuts.
 * Advice is answered all the same (hiding nothing, since the rep's feedback cannot be read), the decisions it
 * could not write and the feedback it could not read are counted, and once the database is back the log writes
 * again. The subclasses pick the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
        "spring.datasource.hikari.connection-timeout=1000", "spring.datasource.hikari.validation-timeout=500"})
abstract class DatabaseDownTest {

    private static final Duration POLL_LIMIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    abstract TcpProxy database();

    @Test
    void adviceIsAnsweredWhileTheDatabaseIsDownAndTheUnloggedDecisionsAreCounted() throws Exception {
        Api api = new Api(port);
        String before = advise(api, "DOWN-1");
        await(() -> api.get("/api/v1/decisions/" + before).status() == 200, "logged while the database is up");
        double unlogged = metric(api, "advisor.decisions.unlogged");
        double unread = metric(api, "advisor.feedback.unread");

        List<String> whileDown = new ArrayList<>();
        database().cut();
        try {
            for (int i = 0; i < 3; i++) {
                whileDown.add(advise(api, "DOWN-2"));
            }
            await(() -> metric(api, "advisor.decisions.unlogged") >= unlogged + 3, "the 3 unwritten decisions counted");
            assertThat(metric(api, "advisor.feedback.unread")).as("answers that could not read feedback")
                    .isEqualTo(unread + 3);
        } finally {
            database().restore();
        }

        String after = advise(api, "DOWN-3");
        await(() -> api.get("/api/v1/decisions/" + after).status() == 200, "logged again once the database is back");
        for (String lost : whileDown) {
            assertThat(api.get("/api/v1/decisions/" + lost).status()).as("counted as unlogged, not written").isEqualTo(404);
        }
    }

    /** Advice that must be answered whatever the database does; its decision id. */
    private static String advise(Api api, String dealId) throws Exception {
        Api.Reply answer = api.post("/api/v1/advice", DecisionLogTest.PLAN.formatted(dealId, "we"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("recommendations").size()).isGreaterThan(3);
        return answer.body().get("decisionId").asString();
    }

    private static double metric(Api api, String name) throws Exception {
        return api.as(TestUsers.ADMIN).get("/actuator/metrics/" + name).body().get("measurements").get(0).get("value").asDouble();
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(Condition condition, String what) throws Exception {
        Instant limit = Instant.now().plus(POLL_LIMIT);
        while (!condition.holds()) {
            assertThat(Instant.now()).as(what + " within " + POLL_LIMIT).isBefore(limit);
            Thread.sleep(100);
        }
    }
}
