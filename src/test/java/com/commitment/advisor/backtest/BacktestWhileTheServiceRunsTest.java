package com.commitment.advisor.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.AdvisorApplication;
import com.commitment.advisor.TestUsers;
import com.commitment.advisor.profile.Api;
import com.commitment.advisor.ruleset.RulesCopy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The backtest while the service runs, on its H2 file: answers a rep was given 40 days ago (the service's clock is set
 * back), with feedback and a snooze given then, are replayed by the command line as a process of its own that reaches
 * the database through the service (AUTO_SERVER). Every answer comes out as the rep saw it, dated as it was, and a
 * severity change counts only where the rep was shown the recommendation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BacktestWhileTheServiceRunsTest {

    private static final Path DATA = Path.of("target", "backtest-service-" + UUID.randomUUID()).toAbsolutePath();

    /** A decided deal with only its decision person known, 8 days without an advance, a plan with no best ask. */
    private static final String DEAL = """
            {"deal": {"id": "%s", "stage": "DECISION", "decidedOn": "%s"},
             "people": [{"id": "wang", "name": "Wang", "role": "DP", "influence": 2, "support": 2}],
             "plan": {"commitments": [
               {"id": "c2", "kind": "MINIMUM", "by": "wang", "action": "send us the org chart by Friday"}]}}
            """;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("advisor.data-dir", DATA::toString);
    }

    @TestConfiguration
    static class FortyDaysAgo {

        @Bean
        @Primary
        Clock fortyDaysAgo() {
            return Clock.offset(Clock.systemDefaultZone(), Duration.ofDays(-40));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient db;

    @Test
    void answersOfThePastAreReplayedAsTheRepSawThem() throws Exception {
        LocalDate then = LocalDate.now(clock);
        Api rep = new Api(port);
        String first = DEAL.formatted("S-1", then.minusDays(8));
        String second = DEAL.formatted("S-2", then.minusDays(8));

        String noBest = key(rep.post("/api/v1/advice", first).body(), "PLAN_NO_BEST");
        assertThat(rep.post("/api/v1/deals/S-1/feedback", "{\"key\": \"" + noBest + "\", \"status\": \"DONE\"}")
                .status()).isEqualTo(201);
        assertThat(rep.post("/api/v1/advice", first).body().get("suppressed")).hasSize(1);
        assertThat(rep.post("/api/v1/advice?all=true", first).body().get("suppressed")).hasSize(1);
        assertThat(key(rep.as(TestUsers.REP_OTHER_MANAGER).post("/api/v1/advice", first).body(), "PLAN_NO_BEST"))
                .as("another rep does not see the feedback").isEqualTo(noBest);

        String noCoach = key(rep.post("/api/v1/advice", second).body(), "NO_COACH");
        assertThat(rep.post("/api/v1/deals/S-2/feedback", "{\"key\": \"" + noCoach + "\", \"status\": \"SNOOZED\", "
                + "\"until\": \"" + then.plusDays(1) + "\"}").status()).isEqualTo(201);
        assertThat(rep.post("/api/v1/advice", second).body().get("suppressed")).hasSize(1);
        awaitLogged(6);

        RulesCopy candidate = RulesCopy.of(Path.of("rules"), DATA.resolve("candidate"));
        candidate.replace("plan/asks.drl", "Finding.high(\"PLAN_NO_BEST\")", "Finding.medium(\"PLAN_NO_BEST\")");
        JsonNode report = backtestInItsOwnProcess(candidate.dir());

        assertThat(report.get("drift").get("replayed").asInt()).isEqualTo(6);
        assertThat(report.get("drift").get("asLogged").asInt()).as("the service kept its rules").isEqualTo(6);
        assertThat(report.get("drift").get("reproduced").asInt())
                .as("dated the day they were given, with the feedback of that day").isEqualTo(6);
        assertThat(BacktestTest.changing(report)).containsOnlyKeys(BacktestTest.NO_BEST);
        assertThat(BacktestTest.counts(report, BacktestTest.NO_BEST)).as("not where the rep had marked it done")
                .containsExactly(0, 0, 5, 0, 2);
    }

    private static String key(JsonNode answer, String code) {
        for (JsonNode r : answer.get("recommendations")) {
            if (r.get("code").asString().equals(code)) {
                return r.get("key").asString();
            }
        }
        throw new AssertionError(code + " not in " + answer);
    }

    /** The log is written up to a second after the answer. */
    private void awaitLogged(int answers) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (db.sql("SELECT COUNT(*) FROM decision").query(Long.class).single() < answers) {
            assertThat(Instant.now()).as("%d answers logged", answers).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    /** {@code java -jar advisor.jar backtest ... --json}, from the test class path, as sales-ops run it. */
    private static JsonNode backtestInItsOwnProcess(Path candidate) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path out = DATA.resolve("backtest.json");
        Path err = DATA.resolve("backtest.err");
        Process cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", classPath, AdvisorApplication.class.getName(), "backtest",
                "--candidate", candidate.toString(), "--data-dir", DATA.toString(), "--json")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(cli.waitFor(3, TimeUnit.MINUTES)).as("the backtest ends").isTrue();
        assertThat(cli.exitValue()).as(Files.readString(err, StandardCharsets.UTF_8)).isZero();
        return Api.JSON.readTree(Files.readString(out, StandardCharsets.UTF_8));
    }
}
