package com.commitment.advisor.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.backtest.GeneratedDeals.Asks;
import com.commitment.advisor.ruleset.RulesCopy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Rule changes tried on a generated history of 240 answers, logged in English and Chinese by the real
 * {@code batch --log-decisions} on a real database (the subclasses pick which): what the backtest counts is what a
 * hand count of the generated deals says, and nothing else moves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BacktestTest {

    static final GeneratedDeals DEALS = new GeneratedDeals(240, 21);
    static final String NO_BEST = "plan/no-best-commitment-planned";
    static final String STALLED = "roles/decided-but-nothing-advanced-for-too-long";
    static final String UNCOVERED = "roles/a-buying-role-nobody-fills";
    static final String NO_COACH = "roles/nobody-gives-us-inside-information";

    @TempDir
    static Path dir;

    /** The options that name the database and the data directory. */
    abstract List<String> database();

    @BeforeAll
    void logTheHistory() {
        for (String language : List.of("en", "zh")) {
            Path requests = DEALS.write(language, dir.resolve(language + ".jsonl"));
            Cli batch = cli("batch", requests.toString(), dir.resolve(language + "-answers.jsonl").toString(),
                    "--lang", language, "--log-decisions");
            assertThat(batch.exit()).as(batch.err()).isZero();
            assertThat(batch.err()).contains("120 decisions logged, 0 lost");
        }
    }

    @Test
    void theCurrentRulesAsCandidateReproduceEveryAnswerAndChangeNothing() {
        RulesCopy same = candidate("same");
        JsonNode report = json(same);
        assertThat(report.get("answers").asInt()).isEqualTo(240);
        assertThat(report.get("drift").get("replayed").asInt()).isEqualTo(240);
        assertThat(report.get("drift").get("reproduced").asInt()).isEqualTo(240);
        assertThat(report.get("drift").get("share").asDouble()).isEqualTo(1.0);
        assertThat(report.get("changedAnswers").asInt()).isZero();
        assertThat(report.get("dealsAffected").asInt()).isZero();
        assertThat(changing(report)).isEmpty();

        Cli text = backtest(same);
        assertThat(text.out()).contains("Drift check: 240 of 240 answers reproduced exactly (100.0 %)")
                .contains("The candidate changes 0 of 240 answers (0.0 %), on 0 deals.");
    }

    @Test
    void aSeverityChangedChangesThatRuleWhereverItIsShown() {
        RulesCopy rules = candidate("severity");
        rules.replace("plan/asks.drl", "Finding.high(\"PLAN_NO_BEST\")", "Finding.medium(\"PLAN_NO_BEST\")");
        int minimumOnly = DEALS.count(d -> d.asks() == Asks.MINIMUM_ONLY);

        JsonNode report = json(rules);
        assertThat(changing(report)).containsOnlyKeys(NO_BEST);
        assertThat(counts(report, NO_BEST)).containsExactly(0, 0, minimumOnly, 0, minimumOnly);
        assertThat(report.get("changedAnswers").asInt()).isEqualTo(minimumOnly);
        assertThat(report.get("dealsAffected").asInt()).isEqualTo(minimumOnly);
        JsonNode line = report.get("deals").get(0).get("lines").get(0).get("change");
        assertThat(line.get("kind").asString()).isEqualTo("CHANGED");
        assertThat(line.get("before").get("severity").asString()).isEqualTo("HIGH");
        assertThat(line.get("after").get("severity").asString()).isEqualTo("MEDIUM");

        assertThat(backtest(rules).out())
                .contains("CHANGED     PLAN_NO_BEST on VISIT plan [" + NO_BEST + "]: severity HIGH -> MEDIUM");
    }

    @Test
    void aMessageEditedInEnglishChangesOnlyTheEnglishAnswers() {
        RulesCopy rules = candidate("message");
        rules.replace("messages_en.properties", "the visit has no goal.", "the visit has no goal yet.");
        int english = DEALS.count(d -> d.asks() == Asks.MINIMUM_ONLY && d.language().equals("en"));
        int chinese = DEALS.count(d -> d.asks() == Asks.MINIMUM_ONLY && d.language().equals("zh"));

        JsonNode report = json(rules);
        assertThat(changing(report)).containsOnlyKeys(NO_BEST);
        assertThat(counts(report, NO_BEST)).containsExactly(0, 0, english, chinese, english);
        assertThat(backtest(rules).out()).contains("message:   \"The plan has no best commitment: the visit "
                + "has no goal.\"\n        now:     \"The plan has no best commitment: the visit has no goal yet.\"");
    }

    @Test
    void aLowerThresholdMakesAFindingAppearAndTheRoleFindingsMoreUrgent() {
        RulesCopy rules = candidate("stall-5");
        rules.replace("advisor.properties", "roles.stall-days = 10", "roles.stall-days = 5");
        int newlyStalled = DEALS.count(d -> d.daysWithoutAdvance() > 5 && d.daysWithoutAdvance() <= 10);
        int alone = DEALS.count(d -> d.daysWithoutAdvance() > 5 && d.daysWithoutAdvance() <= 10 && d.dpOnly());

        JsonNode report = json(rules);
        assertThat(changing(report)).containsOnlyKeys(STALLED, UNCOVERED, NO_COACH);
        int stalledBefore = DEALS.count(d -> d.daysWithoutAdvance() > 10);
        assertThat(counts(report, STALLED)).containsExactly(newlyStalled, 0, 0, stalledBefore, newlyStalled);
        int aloneInAll = DEALS.count(GeneratedDeals.Deal::dpOnly);
        assertThat(counts(report, UNCOVERED)).containsExactly(0, 0, alone, aloneInAll - alone, alone);
        assertThat(counts(report, NO_COACH)).containsExactly(0, 0, alone, aloneInAll - alone, alone);
        assertThat(report.get("changedAnswers").asInt()).isEqualTo(newlyStalled);
        assertThat(report.get("dealsAffected").asInt()).isEqualTo(newlyStalled);
    }

    @Test
    void aHigherThresholdMakesAFindingDisappear() {
        RulesCopy rules = candidate("stall-15");
        rules.replace("advisor.properties", "roles.stall-days = 10", "roles.stall-days = 15");
        int noLongerStalled = DEALS.count(d -> d.daysWithoutAdvance() > 10 && d.daysWithoutAdvance() <= 15);
        int alone = DEALS.count(d -> d.daysWithoutAdvance() > 10 && d.daysWithoutAdvance() <= 15 && d.dpOnly());

        JsonNode report = json(rules);
        assertThat(changing(report)).containsOnlyKeys(STALLED, UNCOVERED, NO_COACH);
        assertThat(counts(report, STALLED)).containsExactly(0, noLongerStalled, 0,
                DEALS.count(d -> d.daysWithoutAdvance() > 15), noLongerStalled);
        assertThat(counts(report, UNCOVERED).subList(2, 3)).containsExactly(alone);
        assertThat(report.get("dealsAffected").asInt()).isEqualTo(noLongerStalled);
        assertThat(backtest(rules).out()).contains("DISAPPEARED HIGH DEAL_STALLED on DEAL H-");
    }

    @Test
    void aBrokenCandidateIsRefusedWithFileAndLine() {
        RulesCopy broken = candidate("broken");
        broken.replace("plan/asks.drl", "    Plan()\n    not PlannedAsk( kind == CommitmentKind.BEST )",
                "    Plann()\n    not PlannedAsk( kind == CommitmentKind.BEST )");
        Cli refused = backtest(broken);
        assertThat(refused.exit()).isEqualTo(1);
        int line = broken.lineOf("plan/asks.drl", "Plann()");
        assertThat(refused.err()).contains("CANDIDATE REFUSED plan/asks.drl:" + line);
        assertThat(refused.out()).isEmpty();

        RulesCopy failsAScenario = candidate("fails-a-scenario");
        failsAScenario.replace("advisor.properties", "seller-serving-min-support = 2",
                "seller-serving-min-support = 3");
        Cli fails = backtest(failsAScenario);
        assertThat(fails.exit()).as("checked as a reload would be").isEqualTo(1);
        assertThat(fails.err()).contains("CANDIDATE REFUSED ")
                .contains("commitment/coach-introduces-director.en.json: [fixtures-pass]");
    }

    @Test
    void onlyTheAnswersOfThePeriodAreReplayed() {
        RulesCopy rules = candidate("period");
        LocalDate today = LocalDate.now();
        assertThat(json(rules, "--since", today.toString(), "--until", today.toString()).get("answers").asInt())
                .isEqualTo(240);
        assertThat(json(rules, "--until", today.minusDays(1).toString()).get("answers").asInt()).isZero();
        assertThat(json(rules, "--since", today.plusDays(1).toString()).get("answers").asInt()).isZero();

        assertThat(backtest(rules, "--since", today.toString(), "--until", today.minusDays(1).toString()).exit())
                .as("a period that ends before it starts").isEqualTo(2);
        assertThat(backtest(rules, "--since", "last week").exit()).isEqualTo(2);
        assertThat(cli("backtest").exit()).as("no candidate").isEqualTo(2);
    }

    /** A copy of the real rules to edit, in the test's folder. */
    RulesCopy candidate(String name) {
        return RulesCopy.of(Path.of("rules"), dir.resolve("candidate-" + name));
    }

    /** What {@code backtest --json} of these rules printed, after checking that it succeeded. */
    JsonNode json(RulesCopy rules, String... options) {
        Cli run = backtest(rules, Stream.concat(Stream.of("--json"), Stream.of(options)).toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).as("nothing to warn about").isEmpty();
        return run.json();
    }

    Cli backtest(RulesCopy rules, String... options) {
        return cli(Stream.concat(Stream.of("backtest", "--candidate", rules.dir().toString()), Stream.of(options))
                .toArray(String[]::new));
    }

    Cli cli(String... args) {
        return Cli.run(Stream.concat(Stream.of(args), database().stream()).toArray(String[]::new));
    }

    /** The rules whose recommendations appeared, disappeared or changed somewhere. */
    static Map<String, JsonNode> changing(JsonNode report) {
        Map<String, JsonNode> rules = new TreeMap<>();
        report.get("rules").forEach(rule -> {
            if (rule.get("appeared").asInt() + rule.get("disappeared").asInt() + rule.get("changed").asInt() > 0) {
                rules.put(rule.get("rule").asString(), rule);
            }
        });
        return rules;
    }

    /** A rule's appeared, disappeared, changed, unchanged and deals. */
    static List<Integer> counts(JsonNode report, String rule) {
        for (JsonNode counted : report.get("rules")) {
            if (counted.get("rule").asString().equals(rule)) {
                return Stream.of("appeared", "disappeared", "changed", "unchanged", "deals")
                        .map(name -> counted.get(name).asInt()).toList();
            }
        }
        throw new AssertionError(rule + " not in " + report.get("rules"));
    }
}
