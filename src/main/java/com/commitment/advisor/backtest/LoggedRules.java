package com.commitment.advisor.backtest;

import com.commitment.advisor.advice.Advisor;
import com.commitment.advisor.decision.Decision;
import com.commitment.advisor.ruleset.RuleHistory;
import com.commitment.advisor.ruleset.RuleSet;
import com.commitment.advisor.ruleset.RuleSetException;
import com.commitment.advisor.ruleset.RuleSetLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The rules a logged answer is replayed under for the drift check: the rule set it was logged with while the data
 * directory still keeps it, else the current rules.
 */
final class LoggedRules {

    /** The advisor to replay with, and whether it has the rules the answer was logged with. */
    record Chosen(Advisor advisor, boolean asLogged) {
    }

    private final Function<String, Optional<Path>> history;
    private final Chosen current;
    private final Map<String, Optional<Chosen>> kept = new HashMap<>();
    private final Set<String> unusable = new TreeSet<>();

    LoggedRules(RuleHistory history, RuleSet current) {
        this(history::find, current);
    }

    private LoggedRules(Function<String, Optional<Path>> history, RuleSet current) {
        this.history = history;
        this.current = new Chosen(advisor(current), false);
    }

    /** Every answer replayed under {@code rules}, whatever it was logged with: a reload's old rules against its new. */
    static LoggedRules all(RuleSet rules) {
        return new LoggedRules(version -> Optional.empty(), rules);
    }

    /** Compiles the kept rule sets this page was logged with, once each, before the page is replayed on all cores. */
    void prepare(List<Decision> page) {
        for (Decision decision : page) {
            kept.computeIfAbsent(decision.ruleset(), version -> history.apply(version).flatMap(dir -> {
                try {
                    return Optional.of(new Chosen(advisor(RuleSetLoader.load(dir)), true));
                } catch (RuleSetException e) {
                    unusable.add(version); // kept by an older advisor whose rules this one cannot compile
                    return Optional.empty();
                }
            }));
        }
    }

    Chosen of(String version) {
        return kept.getOrDefault(version, Optional.empty()).orElse(current);
    }

    /** The kept rule sets this advisor could not compile: their answers were replayed under the current rules. */
    Set<String> unusable() {
        return unusable;
    }

    // the clock is never read: a replay always names its day
    private static Advisor advisor(RuleSet rules) {
        return new Advisor(() -> rules, Clock.systemDefaultZone());
    }
}
