package com.commitment.advisor.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule sets the service has served, one folder per version in {@code <data-dir>/rules-history/}, so that a
 * backtest can replay a logged answer under the very rules that gave it. Only the most recently served are kept.
 */
public final class RuleHistory {

    private static final Logger log = LoggerFactory.getLogger(RuleHistory.class);
    private static final String VERSION = "sha256:[0-9a-f]{16}";
    private static final String PART = ".part-";

    private final Path dir;
    private final int kept;

    public RuleHistory(Path dataDir, int kept) {
        if (kept < 1) {
            throw new IllegalArgumentException("advisor.rules-history-size must be 1 or more");
        }
        this.dir = dataDir.resolve("rules-history");
        this.kept = kept;
    }

    /** The folder holding the rule files of this version, while it is kept. */
    public Optional<Path> find(String version) {
        if (version == null || !version.matches(VERSION)) {
            return Optional.empty(); // a version read from the database names no folder of ours otherwise
        }
        Path folder = folderOf(version);
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    /**
     * Keeps these rule files under their version, written beside and renamed, and forgets the oldest beyond the
     * bound. A failure is only warned about: the rules serve all the same, their answers are then replayed under
     * the current rules.
     */
    void keep(RuleFiles files) {
        Path folder = folderOf(files.version());
        try {
            Files.createDirectories(dir);
            if (Files.isDirectory(folder)) {
                Files.setLastModifiedTime(folder, FileTime.from(Instant.now())); // served again: the newest now
            } else {
                Path part = Files.createTempDirectory(dir, folder.getFileName() + PART);
                files.writeTo(part);
                Files.move(part, folder, StandardCopyOption.ATOMIC_MOVE);
            }
            prune();
        } catch (IOException | UncheckedIOException e) {
            log.warn("cannot keep the rule set {} in {} for backtests: {}", files.version(), dir, e.toString());
        }
    }

    /** Deletes the versions beyond the bound, least recently served first, and what a crash left half written. */
    private void prune() throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(dir)) {
            folders = list.sorted(Comparator.comparing(RuleHistory::modified).reversed()).toList();
        }
        List<Path> versions = folders.stream().filter(f -> !f.getFileName().toString().contains(PART)).toList();
        for (Path old : versions.subList(Math.min(kept, versions.size()), versions.size())) {
            RuleFiles.deleteFolder(old);
        }
        for (Path part : folders.stream().filter(f -> f.getFileName().toString().contains(PART)).toList()) {
            RuleFiles.deleteFolder(part);
        }
    }

    // a colon cannot stand in a folder name on every system
    private Path folderOf(String version) {
        return dir.resolve(version.replace(':', '-'));
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
