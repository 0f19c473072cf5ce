package com.commitment.advisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every rule set the service puts in service is kept by version, the most recent few only, whole or not at all. */
class RuleHistoryTest {

    @TempDir
    Path rulesDir;
    @TempDir
    Path dataDir;

    @Test
    void eachServedVersionIsKeptWholeAndOnlyTheLastFewStay() throws Exception {
        RulesCopy rules = RulesCopy.of(Path.of("rules"), rulesDir);
        RuleHistory history = new RuleHistory(dataDir, 2);
        RuleReloader reloader = RuleReloader.start(rulesDir, new RuleSnapshot(dataDir, history),
                candidate -> List.of(), attempt -> { });
        String first = reloader.holder().get().version();

        rules.replace("plan/asks.drl", "Finding.high(\"PLAN_NO_BEST\")", "Finding.medium(\"PLAN_NO_BEST\")");
        reloader.reload();
        String second = reloader.holder().get().version();
        Path kept = history.find(second).orElseThrow();
        assertThat(RuleFiles.read(kept).version()).as("the very files that served").isEqualTo(second);
        assertThat(history.find(first)).isPresent();

        rules.replace("plan/asks.drl", "Finding.medium(\"PLAN_NO_MINIMUM\")", "Finding.low(\"PLAN_NO_MINIMUM\")");
        reloader.reload();
        String third = reloader.holder().get().version();
        assertThat(history.find(third)).isPresent();
        assertThat(history.find(second)).isPresent();
        assertThat(history.find(first)).as("beyond the last 2").isEmpty();
        try (Stream<Path> left = Files.list(dataDir.resolve("rules-history"))) {
            assertThat(left).as("nothing half written left beside").hasSize(2);
        }
    }

    @Test
    void aVersionReadFromTheDatabaseNamesNoOtherFolder() {
        RuleHistory history = new RuleHistory(dataDir, 2);
        assertThat(history.find("sha256:../../etc")).isEmpty();
        assertThat(history.find(null)).isEmpty();
        assertThat(history.find("sha256:0123456789abcdef")).as("not kept").isEmpty();
    }
}
