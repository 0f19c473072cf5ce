package com.commitment.advisor.ruleset;

import com.commitment.advisor.language.ExampleModels;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The models learned from {@code rules/examples}, kept so that a reload after a DRL edit, or a restart with the same
 * rules, does not read every example again (seconds on a cold start). Learning reads the examples with the lexicons
 * and settings, so the key is every rule file but the DRL rules and decision tables, and the advisor build.
 */
final class LearnedExamples {

    private static final int KEPT_ON_DISK = 8;
    private static final int KEPT_IN_MEMORY = 2;
    private static final LearnedExamples SHARED = new LearnedExamples(Optional.empty());

    private final Kept<ExampleModels> kept;

    private LearnedExamples(Optional<Path> dir) {
        this.kept = new Kept<>(KEPT_IN_MEMORY, dir, ".examples", KEPT_ON_DISK, ExampleModels::toBytes,
                ExampleModels::fromBytes);
    }

    /** Kept in memory only, shared by everything in this process that loads rules without a data directory. */
    static LearnedExamples inMemory() {
        return SHARED;
    }

    /** Also kept in {@code dir}, unless this build of the advisor cannot be told apart from another. */
    static LearnedExamples onDisk(Path dir) {
        return new LearnedExamples(Optional.of(dir));
    }

    /** The models learned from these rule files: kept ones, or {@code learn}ed now (and then kept). */
    ExampleModels models(RuleFiles files, Supplier<ExampleModels> learn) {
        List<String> read = files.files().keySet().stream().filter(name -> !RuleIndex.isRuleFile(name)).toList();
        return kept.get(Kept.key(files, read), learn);
    }
}
