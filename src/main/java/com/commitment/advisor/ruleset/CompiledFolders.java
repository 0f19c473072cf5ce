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
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.drools.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rule folders already compiled, keyed by their content (and the advisor build), so that only a folder that
 * changed is compiled again: kept in memory for the process, and as jars in a directory when one is given so
 * that a restart with unchanged rules compiles nothing. Both are bounded to the most recently used.
 */
final class CompiledFolders {

    private static final Logger log = LoggerFactory.getLogger(CompiledFolders.class);
    private static final int KEPT_ON_DISK = 32;
    // the folders in service and a few recent edits; each holds its generated classes
    private static final int KEPT_IN_MEMORY = 12;
    private static final String JAR = ".jar";
    private static final CompiledFolders SHARED = new CompiledFolders(Optional.empty());

    private final Optional<Path> dir;
    private final Map<String, Compiled> memory = new LinkedHashMap<>(KEPT_IN_MEMORY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Compiled> eldest) {
            return size() > KEPT_IN_MEMORY;
        }
    };

    private record Compiled(byte[] jar, List<Model> models) {
    }

    private CompiledFolders(Optional<Path> dir) {
        this.dir = dir;
    }

    /** Kept in memory only, shared by everything in this process that loads rules without a data directory. */
    static CompiledFolders inMemory() {
        return SHARED;
    }

    /** Also kept in {@code dir}, unless this build of the advisor cannot be told apart from another. */
    static CompiledFolders onDisk(Path dir) {
        return new CompiledFolders(AppBuild.fingerprint().map(fingerprint -> dir));
    }

    /** The key of a folder's rule files: their names and content, and the advisor build that compiles them. */
    static String key(RuleFiles files, List<String> names) {
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

    /** The models of the folder with this key: kept ones, or {@code compile}d now (and then kept). */
    List<Model> models(String key, Supplier<byte[]> compile) {
        Compiled compiled;
        synchronized (memory) {
            compiled = memory.get(key);
        }
        if (compiled == null) {
            compiled = fromDisk(key).orElseGet(() -> {
                byte[] jar = compile.get();
                return new Compiled(jar, ModelJar.models(jar));
            });
            synchronized (memory) {
                memory.put(key, compiled);
            }
        }
        Compiled kept = compiled;
        dir.filter(d -> !Files.isRegularFile(d.resolve(key + JAR))).ifPresent(d -> save(d, key, kept.jar()));
        return compiled.models();
    }

    private Optional<Compiled> fromDisk(String key) {
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        Path jar = dir.get().resolve(key + JAR);
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(jar);
            List<Model> models = ModelJar.models(bytes);
            Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
            return Optional.of(new Compiled(bytes, models));
        } catch (IOException | RuntimeException | LinkageError e) {
            log.warn("compiled rules {} cannot be used ({}); compiling them again", jar, e.toString());
            deleteQuietly(jar);
            return Optional.empty();
        }
    }

    // written beside and renamed, so a crash never leaves half a jar under a valid name
    private static void save(Path dir, String key, byte[] jar) {
        try {
            Files.createDirectories(dir);
            Path next = Files.createTempFile(dir, key, ".part");
            Files.write(next, jar);
            Files.move(next, dir.resolve(key + JAR), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            prune(dir);
        } catch (IOException e) {
            log.warn("cannot keep compiled rules in {}: {}", dir, e.toString());
        }
    }

    private static void prune(Path dir) throws IOException {
        List<Path> jars;
        try (Stream<Path> list = Files.list(dir)) {
            jars = list.filter(p -> p.getFileName().toString().endsWith(JAR)).sorted(
                    Comparator.comparing(CompiledFolders::modified).reversed()).toList();
        }
        for (Path old : jars.subList(Math.min(KEPT_ON_DISK, jars.size()), jars.size())) {
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
