package com.commitment.advisor.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.backtest.GeneratedDeals.Asks;
import com.commitment.advisor.ruleset.RuleHistory;
import com.commitment.advisor.ruleset.RuleReloader;
import com.commitment.advisor.ruleset.RuleSnapshot;
import com.commitment.advisor.ruleset.RulesCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The drift check: logged answers are replayed under the rules they were logged with while the data directory keeps
 * them, and all come out as logged; once they are no longer kept, under the current rules, which then show the
 * difference. Masked values are replayed masked.
 */
class DriftCheckTest {

    private static final GeneratedDeals DEALS = new GeneratedDeals(60, 7);

    @TempDir
    Path dir;

    @Test
    void answersAreReplayedUnderTheRulesTheyWereLoggedWithWhileTheDataDirectoryKeepsThem() throws IOException {
        RulesCopy served = RulesCopy.of(Path.of("rules"), dir.resolve("served"));
        served.replace("plan/asks.drl", "Finding.high(\"PLAN_NO_BEST\")", "Finding.medium(\"PLAN_NO_BEST\")");
        Path data = dir.resolve("data");
        RuleReloader.start(served.dir(), new RuleSnapshot(data, new RuleHistory(data, 20)), candidate -> List.of(),
                attempt -> { });
        logEnglish("--rules", served.dir().toString());
        int minimumOnly = DEALS.count(d -> d.asks() == Asks.MINIMUM_ONLY && d.language().equals("en"));

        JsonNode kept = backtestOfTheCurrentRules();
        assertThat(kept.get("drift").get("reproduced").asInt()).isEqualTo(30);
        assertThat(kept.get("drift").get("asLogged").asInt()).isEqualTo(30);
        assertThat(BacktestTest.changing(kept)).containsOnlyKeys(BacktestTest.NO_BEST);
        assertThat(BacktestTest.counts(kept, BacktestTest.NO_BEST))
                .containsExactly(0, 0, minimumOnly, 0, minimumOnly);

        delete(data.resolve("rules-history"));
        JsonNode lost = backtestOfTheCurrentRules();
        assertThat(lost.get("drift").get("replayed").asInt()).isEqualTo(30);
        assertThat(lost.get("drift").get("underCurrentRules").asInt()).isEqualTo(30);
        assertThat(lost.get("drift").get("reproduced").asInt()).as("all but those the change touched")
                .isEqualTo(30 - minimumOnly);
        assertThat(lost.get("drift").get("notReproduced")).hasSize(Math.min(10, minimumOnly));
        assertThat(lost.get("changedAnswers").asInt()).as("the candidate is the current rules").isZero();
    }

    @Test
    void maskedValuesAreReplayedMaskedAndAMaskedNumberCannotBeReplayed() {
        logEnglish("--mask", "/people/*/name");
        logEnglish("--mask", "/people/*/influence");
        RulesCopy candidate = RulesCopy.of(Path.of("rules"), dir.resolve("candidate"));
        candidate.replace("messages_en.properties", "but do not know {person}'s concept",
                "but we do not know {person}'s concept");

        Cli run = Cli.run("backtest", "--candidate", candidate.dir().toString(), "--json", "--data-dir",
                dir.resolve("data").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = run.json();
        assertThat(report.get("answers").asInt()).isEqualTo(60);
        assertThat(report.get("notReplayed").get(0).get("answers").asInt()).isEqualTo(30);
        assertThat(report.get("notReplayed").get(0).get("why").asString())
                .startsWith("requests the advisor cannot read");
        assertThat(report.get("drift").get("reproduced").asInt()).isEqualTo(30);
        JsonNode change = report.get("deals").get(0).get("lines").get(0).get("change");
        assertThat(change.get("after").get("message").asString())
                .isEqualTo("We plan to ask **masked** for a commitment, but we do not know **masked**'s concept: what "
                        + "they are trying to achieve or fix.");
        assertThat(run.out()).doesNotContain("Wang");
    }

    private void logEnglish(String... options) {
        Path requests = DEALS.write("en", dir.resolve("en.jsonl"));
        Stream<String> batch = Stream.of("batch", requests.toString(), dir.resolve("answers.jsonl").toString(),
                "--log-decisions", "--data-dir", dir.resolve("data").toString());
        Cli run = Cli.run(Stream.concat(batch, Stream.of(options)).toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
    }

    private JsonNode backtestOfTheCurrentRules() {
        Cli run = Cli.run("backtest", "--candidate", "rules", "--json", "--data-dir", dir.resolve("data").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        return run.json();
    }

    private static void delete(Path path) throws IOException {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
