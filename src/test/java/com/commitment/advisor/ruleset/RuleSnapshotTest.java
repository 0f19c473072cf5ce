package com.commitment.advisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart after a bad edit serves the last good snapshot, marked stale; a first start refuses to start. */
class RuleSnapshotTest {

    @TempDir
    Path rulesDir;
    @TempDir
    Path dataDir;

    private final List<ReloadAttempt> attempts = new ArrayList<>();

    @Test
    void aFirstStartWithBrokenRulesAndNoSnapshotRefusesToStart() {
        RulesCopy rules = RulesCopy.of(Path.of("rules"), rulesDir);
        rules.replace("plan/asks.drl", "Plan()", "Plann()");
        assertThatThrownBy(this::start).isInstanceOf(RuleSetException.class).hasMessageContaining("plan/asks.drl");
    }

    @Test
    void aRestartAfterABadEditServesTheSnapshotAndSaysItIsStale() {
        RulesCopy rules = RulesCopy.of(Path.of("rules"), rulesDir);
        String good = start().holder().get().version();

        rules.replace("plan/asks.drl", "Plan()", "Plann()");
        RuleReloader restarted = start();

        assertThat(restarted.stale()).isTrue();
        assertThat(restarted.holder().get().version()).isEqualTo(good);
        assertThat(restarted.lastFailure().problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo("plan/asks.drl"));
        assertThat(attempts).extracting(ReloadAttempt::result).containsExactly(ReloadAttempt.Result.REFUSED);

        rules.replace("plan/asks.drl", "Plann()", "Plan()");
        ReloadAttempt fixed = restarted.reload();
        assertThat(fixed.result()).isEqualTo(ReloadAttempt.Result.SWAPPED);
        assertThat(restarted.stale()).isFalse();
    }

    @Test
    void aRejectedReloadKeepsTheRulesInService() {
        RulesCopy rules = RulesCopy.of(Path.of("rules"), rulesDir);
        RuleReloader reloader = start();
        String good = reloader.holder().get().version();

        rules.replace("lexicon/vague-phrases.csv", "support,ask,en", "\"support,ask,en");
        ReloadAttempt refused = reloader.reload();

        assertThat(refused.result()).isEqualTo(ReloadAttempt.Result.REFUSED);
        assertThat(refused.problems()).extracting(RuleProblem::toString)
                .anySatisfy(p -> assertThat(p).startsWith("lexicon/vague-phrases.csv:" + rules.lineOf("lexicon/vague-phrases.csv", "\"support")));
        assertThat(reloader.holder().get().version()).isEqualTo(good);
        assertThat(reloader.reload().result()).as("still refused, still old").isEqualTo(ReloadAttempt.Result.REFUSED);
    }

    private RuleReloader start() {
        return RuleReloader.start(rulesDir, new RuleSnapshot(dataDir, new RuleHistory(dataDir, 3)), candidate -> List.of(), attempts::add);
    }
}
