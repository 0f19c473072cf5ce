package com.commitment.advisor.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.TestUsers;
import com.commitment.advisor.impact.Impacts;
import com.commitment.advisor.profile.Api;
import com.commitment.advisor.ruleset.RulesCopy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A reload on a real server with its own copy of the rules, after reps were given 100 generated answers through the
 * advice endpoint: the reload answers at once, its impact still running, and the impact then counts exactly what a
 * hand count of the deals says the threshold change does to them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"advisor.watch-rules=false", "advisor.security.advice-per-minute=1000"})
class ReloadImpactTest {

    private static final Path DATA = Path.of("target", "reload-impact-" + UUID.randomUUID()).toAbsolutePath();
    private static final RulesCopy RULES = RulesCopy.of(Path.of("rules"), DATA.resolve("rules"));
    private static final GeneratedDeals DEALS = new GeneratedDeals(100, 7);

    @DynamicPropertySource
    static void ownRulesAndData(DynamicPropertyRegistry registry) {
        registry.add("advisor.rules-dir", () -> RULES.dir().toString());
        registry.add("advisor.data-dir", DATA::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void aReloadAnswersAtOnceAndItsImpactIsWhatTheChangeDoesToTheLastAnswers() throws Exception {
        Api rep = new Api(port);
        for (GeneratedDeals.Deal deal : DEALS.all()) {
            assertThat(rep.post("/api/v1/advice", deal.request(), deal.language()).status()).isEqualTo(200);
        }
        awaitLogged(100);
        Api ops = rep.as(TestUsers.SALES_OPS);
        String before = ops.get("/api/v1/rules").body().get("version").asString();
        assertThat(ops.get("/api/v1/rules").body().has("lastReloadImpact")).as("no reload yet").isFalse();

        RULES.replace("advisor.properties", "roles.stall-days = 10", "roles.stall-days = 5");
        Api.Reply reload = ops.post("/api/v1/rules/reload", "");
        assertThat(reload.status()).as(reload.body().toString()).isEqualTo(200);
        JsonNode status = reload.body().get("status");
        JsonNode running = status.get("lastReloadImpact");
        assertThat(running.get("status").asString()).as("the reload did not wait for its impact").isEqualTo("RUNNING");
        assertThat(running.get("oldRuleset").asString()).isEqualTo(before);
        assertThat(running.get("newRuleset").asString()).isEqualTo(status.get("version").asString());
        assertThat(running.get("days").asInt()).isEqualTo(30);

        JsonNode impact = Impacts.awaitDone(ops);
        int newlyStalled = DEALS.count(d -> d.daysWithoutAdvance() > 5 && d.daysWithoutAdvance() <= 10);
        int alone = DEALS.count(d -> d.daysWithoutAdvance() > 5 && d.daysWithoutAdvance() <= 10 && d.dpOnly());
        int aloneInAll = DEALS.count(GeneratedDeals.Deal::dpOnly);
        assertThat(newlyStalled).as("the generated deals hold some the change affects").isPositive();
        assertThat(impact.get("answers").asInt()).isEqualTo(100);
        assertThat(impact.get("replayed").asInt()).isEqualTo(100);
        assertThat(impact.get("changedAnswers").asInt()).isEqualTo(newlyStalled);
        assertThat(impact.get("dealsAffected").asInt()).isEqualTo(newlyStalled);
        assertThat(impact.get("share").asDouble()).isEqualTo(newlyStalled / 100.0);
        assertThat(BacktestTest.changing(impact)).containsOnlyKeys(BacktestTest.STALLED, BacktestTest.UNCOVERED,
                BacktestTest.NO_COACH);
        assertThat(BacktestTest.counts(impact, BacktestTest.STALLED)).containsExactly(newlyStalled, 0, 0,
                DEALS.count(d -> d.daysWithoutAdvance() > 10), newlyStalled);
        assertThat(BacktestTest.counts(impact, BacktestTest.UNCOVERED))
                .containsExactly(0, 0, alone, aloneInAll - alone, alone);
        assertThat(BacktestTest.counts(impact, BacktestTest.NO_COACH))
                .containsExactly(0, 0, alone, aloneInAll - alone, alone);
        assertThat(Instant.parse(impact.get("finishedAt").asString()))
                .isAfterOrEqualTo(Instant.parse(impact.get("startedAt").asString()));
    }

    /** The log is written up to a second after the answer. */
    private void awaitLogged(int answers) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (db.sql("SELECT COUNT(*) FROM decision").query(Long.class).single() < answers) {
            assertThat(Instant.now()).as("%d answers logged", answers).isBefore(deadline);
            Thread.sleep(50);
        }
    }
}
