package com.commitment.advisor.backtest;

import com.commitment.advisor.advice.AdviceJson;
import com.commitment.advisor.advice.Advisor;
import com.commitment.advisor.decision.Decision;
import com.commitment.advisor.decision.DecisionStore;
import com.commitment.advisor.feedback.FeedbackAsItStood;
import com.commitment.advisor.ruleset.OnAllCores;
import com.commitment.advisor.ruleset.RuleHistory;
import com.commitment.advisor.ruleset.RuleSet;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * Replays the answers logged in a period under the rules they were logged with and under candidate rules, and adds
 * up what the candidate would have changed for reps. Reads the decision log a page at a time; the command replays
 * each page on all cores, the service after a reload on its one background thread.
 */
public final class Backtest {

    private static final int PAGE = 1000;
    private static final Instant FIRST = Instant.EPOCH;
    private static final Instant LAST = Instant.parse("9999-01-01T00:00:00Z");

    /** The days whose answers are replayed, both included, in the service's time zone; null for no bound. */
    public record Period(LocalDate since, LocalDate until) {
    }

    private final DecisionStore decisions;
    private final LoggedRules logged;
    private final Replay replay;
    private final ZoneId zone;
    private final String candidateDir;
    private final String candidateVersion;
    private final String currentVersion;
    private final boolean command;

    /**
     * @param current   the rules of the answers whose rule set the data directory no longer keeps
     * @param candidate the rules to try, read from {@code candidateDir}
     */
    public Backtest(DataSource database, RuleHistory history, RuleSet current, Path candidateDir, RuleSet candidate,
            ZoneId zone) {
        this(database, new LoggedRules(history, current), current.version(), candidateDir, candidate, zone, true);
    }

    /**
     * @param command the command line's run: each page on all cores, and each deal's changed lines kept for the
     *                report; otherwise one thread and the counts only, so that a service's requests keep the cores
     */
    private Backtest(DataSource database, LoggedRules logged, String currentVersion, Path candidateDir,
            RuleSet candidate, ZoneId zone, boolean command) {
        this.decisions = new DecisionStore(database, AdviceJson.mapper());
        this.logged = logged;
        // the clock is never read: a replay always names its day
        this.replay = new Replay(logged, new Advisor(() -> candidate, Clock.system(zone)),
                new FeedbackAsItStood(database), zone);
        this.zone = zone;
        this.candidateDir = candidateDir.toString();
        this.candidateVersion = candidate.version();
        this.currentVersion = currentVersion;
        this.command = command;
    }

    /**
     * What a reload changed: every answer of the period replayed under the rules served before it ({@code before},
     * the report's current rules) and after it ({@code after}, its candidate), on the calling thread, counts only.
     */
    public static Backtest ofReload(DataSource database, RuleSet before, Path rulesDir, RuleSet after, ZoneId zone) {
        return new Backtest(database, LoggedRules.all(before), before.version(), rulesDir, after, zone, false);
    }

    public BacktestReport run(Period period) {
        return run(period, () -> false);
    }

    /** @throws CancellationException when {@code stop} says so, checked before each page */
    public BacktestReport run(Period period, BooleanSupplier stop) {
        Instant from = period.since() == null ? FIRST : period.since().atStartOfDay(zone).toInstant();
        Instant to = period.until() == null ? LAST : period.until().plusDays(1).atStartOfDay(zone).toInstant();
        Tally tally = new Tally(command);
        Decision last = null;
        while (true) {
            if (stop.getAsBoolean()) {
                throw new CancellationException("backtest stopped");
            }
            List<Decision> page = decisions.between(from, to, last, PAGE);
            if (page.isEmpty()) {
                break;
            }
            logged.prepare(page);
            (command ? OnAllCores.map(page, "backtest", replay::of) : page.stream().map(replay::of).toList())
                    .forEach(tally::add);
            last = page.get(page.size() - 1);
        }
        return tally.report(period, candidateDir, candidateVersion, currentVersion);
    }

    /** The kept rule sets this advisor could not compile, whose answers were replayed under the current rules. */
    public Set<String> unusableRuleSets() {
        return logged.unusable();
    }
}
