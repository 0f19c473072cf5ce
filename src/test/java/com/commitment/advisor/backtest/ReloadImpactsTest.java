package com.commitment.advisor.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.impact.ReloadImpact;
import com.commitment.advisor.impact.ReloadImpact.Status;
import com.commitment.advisor.impact.ReloadImpactSettings;
import com.commitment.advisor.impact.ReloadImpacts;
import com.commitment.advisor.ruleset.RuleSet;
import com.commitment.advisor.ruleset.RuleSetLoader;
import com.commitment.advisor.ruleset.RulesCopy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reloads in quick succession and a database that cannot be read, on 240 answers logged by the real
 * {@code batch --log-decisions} in an H2 file: a newer reload supersedes a run not finished and is measured itself;
 * a failure is kept with its reason and the next reload is measured all the same.
 */
class ReloadImpactsTest {

    private static final GeneratedDeals DEALS = new GeneratedDeals(240, 21);
    private static final ReloadImpactSettings SETTINGS = new ReloadImpactSettings(30, 5);

    @TempDir
    static Path dir;
    static RuleSet served;
    static RuleSet five;
    static RuleSet fifteen;

    @BeforeAll
    static void logTheHistoryAndLoadTheRules() {
        served = RuleSetLoader.load(Path.of("rules"));
        five = stallDays(5);
        fifteen = stallDays(15);
        for (String language : List.of("en", "zh")) {
            Cli batch = Cli.run("batch", DEALS.write(language, dir.resolve(language + ".jsonl")).toString(),
                    dir.resolve(language + "-answers.jsonl").toString(), "--lang", language, "--log-decisions",
                    "--data-dir", dir.resolve("data").toString());
            assertThat(batch.exit()).as(batch.err()).isZero();
        }
    }

    @Test
    void aNewerReloadSupersedesARunNotFinished() throws Exception {
        try (ReloadImpacts impacts = new ReloadImpacts(h2(dir.resolve("data")), dir, SETTINGS,
                Clock.systemDefaultZone())) {
            impacts.reloaded(served, five);
            impacts.reloaded(five, fifteen);

            List<ReloadImpact> recent = awaitLatest(impacts);
            assertThat(recent).hasSize(2);
            ReloadImpact latest = recent.get(0);
            assertThat(latest.status()).as(latest.reason()).isEqualTo(Status.DONE);
            assertThat(List.of(latest.oldRuleset(), latest.newRuleset())).containsExactly(five.version(),
                    fifteen.version());
            assertThat(latest.replayed()).isEqualTo(240);
            assertThat(latest.changedAnswers()).as("stalled at 5 days, no longer at 15")
                    .isEqualTo(DEALS.count(d -> d.daysWithoutAdvance() > 5 && d.daysWithoutAdvance() <= 15));
            ReloadImpact superseded = recent.get(1);
            assertThat(superseded.status()).isEqualTo(Status.SUPERSEDED);
            assertThat(superseded.newRuleset()).isEqualTo(five.version());
            assertThat(superseded.reason()).isEqualTo("a newer reload came before it finished");
            assertThat(superseded.changedAnswers()).as("no counts of a run not finished").isNull();
        }
    }

    @Test
    void aFailureIsKeptWithItsReasonAndTheNextReloadIsMeasured() throws Exception {
        JdbcDataSource noLog = new JdbcDataSource();
        noLog.setURL("jdbc:h2:mem:no-decision-log");
        try (ReloadImpacts impacts = new ReloadImpacts(noLog, dir, SETTINGS, Clock.systemDefaultZone())) {
            impacts.reloaded(served, five);
            ReloadImpact failed = awaitLatest(impacts).get(0);
            assertThat(failed.status()).isEqualTo(Status.FAILED);
            assertThat(failed.reason()).as("the database's words").contains("not found");
            assertThat(failed.finishedAt()).isNotNull();

            impacts.reloaded(five, served);
            assertThat(awaitLatest(impacts).get(0).status()).as("the thread lives on").isEqualTo(Status.FAILED);
        }
    }

    private static RuleSet stallDays(int days) {
        RulesCopy rules = RulesCopy.of(Path.of("rules"), dir.resolve("stall-" + days));
        rules.replace("advisor.properties", "roles.stall-days = 10", "roles.stall-days = " + days);
        return RuleSetLoader.load(rules.dir());
    }

    private static DataSource h2(Path dataDir) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dataDir.resolve("advisor") + ";AUTO_SERVER=TRUE");
        return h2;
    }

    /** The kept impacts once the latest is no longer running. */
    private static List<ReloadImpact> awaitLatest(ReloadImpacts impacts) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        while (impacts.recent().get(0).status() == Status.RUNNING) {
            assertThat(Instant.now()).as("measured within 2 minutes").isBefore(deadline);
            Thread.sleep(100);
        }
        return impacts.recent();
    }
}
