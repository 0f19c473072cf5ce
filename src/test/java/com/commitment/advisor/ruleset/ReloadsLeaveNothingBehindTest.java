package com.commitment.advisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

/**
 * Memory stays flat across reloads: once a rule set is replaced, nothing (no KIE repository, no cache) keeps its
 * rule base alive.
 */
class ReloadsLeaveNothingBehindTest {

    private static final int RELOADS = 5;

    @TempDir
    Path rulesDir;
    @TempDir
    Path dataDir;

    @Test
    void aReplacedRuleBaseCanBeCollected() throws InterruptedException {
        RulesCopy rules = RulesCopy.of(Path.of("rules"), rulesDir);
        RuleReloader reloader = RuleReloader.start(rulesDir, new RuleSnapshot(dataDir, new RuleHistory(dataDir, 3)), candidate -> List.of(),
                attempt -> { });
        WeakReference<KieBase> first = new WeakReference<>(reloader.holder().get().kieBase());

        for (int i = 0; i < RELOADS; i++) {
            rules.replace("plan/asks.drl", "package plan;", "package plan; // reload " + i + "\n");
            assertThat(reloader.reload().result()).isEqualTo(ReloadAttempt.Result.SWAPPED);
        }

        for (int i = 0; i < 50 && first.get() != null; i++) {
            System.gc();
            Thread.sleep(100);
        }
        assertThat(first.get()).as("the first rule base, %d reloads later", RELOADS).isNull();
    }
}
