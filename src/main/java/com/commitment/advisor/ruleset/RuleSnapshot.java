package com.commitment.advisor.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A copy of the last good rule files in the data directory, so that a restart after a bad edit still serves
 * the rules that last passed. Replaced whole: written beside, then renamed over the old one. Every rule set saved
 * here is also kept in the {@link RuleHistory}, for backtests.
 */
public final class RuleSnapshot {

    private final Path dir;
    private final CompiledFolders compiled;
    private final LearnedExamples learned;
    private final RuleHistory history;

    public RuleSnapshot(Path dataDir, RuleHistory history) {
        this.dir = dataDir.resolve("rules-snapshot");
        this.compiled = CompiledFolders.onDisk(dataDir.resolve("rules-compiled"));
        this.learned = LearnedExamples.onDisk(dataDir.resolve("rules-compiled"));
        this.history = history;
    }

    public Path dir() {
        return dir;
    }

    /** The compiled rule folders, kept beside the snapshot so that a restart with the same rules compiles nothing. */
    CompiledFolders compiled() {
        return compiled;
    }

    /** What the examples taught, kept beside the compiled folders for the same reason. */
    LearnedExamples learned() {
        return learned;
    }

    public boolean exists() {
        return Files.isDirectory(dir);
    }

    void save(RuleFiles files) {
        Path next = dir.resolveSibling(dir.getFileName() + ".next");
        Path old = dir.resolveSibling(dir.getFileName() + ".old");
        try {
            RuleFiles.deleteFolder(next);
            files.writeTo(next);
            RuleFiles.deleteFolder(old);
            if (Files.exists(dir)) {
                Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(next, dir, StandardCopyOption.ATOMIC_MOVE);
            RuleFiles.deleteFolder(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rules snapshot in " + dir, e);
        }
        history.keep(files);
    }
}
