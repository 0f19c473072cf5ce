package com.commitment.advisor.ruleset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a rule set load built (compiled rule folders, models learned from the examples), kept by key: in memory for
 * the process, and as files named by key in a directory when one is given, so that a restart with the same rules
 * builds nothing. Both keep only the most recently used; a file that cannot be used is deleted and built again.
 */
final class Kept<T> {

    private static final Logger log = LoggerFactory.getLogger(Kept.class);

    private final Optional<Path> dir;
    private final String suffix;
    private final int onDisk;
    private final Function<byte[], T> read;
    private final Function<T, byte[]> write;
    private final Map<String, T> memory;

    /**
     * Keeps up to {@code inMemory} in memory and, in {@code dir} unless this build of the advisor cannot be told
     * apart from another, up to {@code onDisk} files ending in {@code suffix}, written and read as given.
     */
    Kept(int inMemory, Optional<Path> dir, String suffix, int onDisk, Function<T, byte[]> write,
            Function<byte[], T> read) {
        this.dir = dir.filter(d -> AppBuild.fingerprint().isPresent());
        this.suffix = suffix;
        this.onDisk = onDisk;
        this.read = read;
        this.write = write;
        this.memory = new LinkedHashMap<>(inMemory, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                return size() > inMemory;
            }
        };
    }

    /** What is kept under {@code key}, or what {@code build} makes now (and is then kept). */
    T get(String key, Supplier<T> build) {
        T value;
        synchronized (memory) {
            value = memory.get(key);
        }
        if (value == null) {
            value = fromDisk(key).orElseGet(build);
            synchronized (memory) {
                memory.put(key, value);
            }
        }
        T built = value;
        dir.filter(d -> !Files.isRegularFile(d.resolve(key + suffix))).ifPresent(d -> save(d, key, write.apply(built)));
        return value;
    }

    /** The key of some rule files: their names and content, and the advisor build that reads them. */
    static String key(RuleFiles files, Collection<String> names) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(AppBuild.fingerprint().orElse("").getBytes(StandardCharsets.UTF_8));
            for (String name : names) {
                sha.update((byte) 0);
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(files.files().get(name));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<T> fromDisk(String key) {
        Optional<Path> kept = dir.map(d -> d.resolve(key + suffix)).filter(Files::isRegularFile);
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        Path file = kept.get();
        try {
            T value = read.apply(Files.readAllBytes(file));
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            return Optional.of(value);
        } catch (IOException | RuntimeException | LinkageError e) {
            log.warn("{} cannot be used ({}); building it again", file, e.toString());
            deleteQuietly(file);
            return Optional.empty();
        }
    }

    // written beside and renamed, so a crash never leaves half a file under a valid name
    private void save(Path dir, String key, byte[] content) {
        try {
            Files.createDirectories(dir);
            Path next = Files.createTempFile(dir, key, ".part");
            Files.write(next, content);
            Files.move(next, dir.resolve(key + suffix), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            prune(dir);
        } catch (IOException e) {
            log.warn("cannot keep {} in {}: {}", key + suffix, dir, e.toString());
        }
    }

    private void prune(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted(
                    Comparator.comparing(Kept::modified, Comparator.reverseOrder())).toList();
        }
        for (Path old : files.subList(Math.min(onDisk, files.size()), files.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("cannot delete {}: {}", file, e.toString());
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
