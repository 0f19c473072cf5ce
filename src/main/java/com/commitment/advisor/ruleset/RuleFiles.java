package com.commitment.advisor.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a rules directory, read once, keyed by their path relative to it ("roles/blockers.drl"),
 * with the version that names them: a hash of every path and content.
 */
public record RuleFiles(Path dir, SortedMap<String, byte[]> files, String version) {

    private static final int VERSION_HEX_DIGITS = 16;

    public static RuleFiles read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RuleSetException(dir.toString(), 0, "rules directory not found");
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String name = dir.relativize(file).toString().replace('\\', '/');
                if (!isHidden(name)) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules from " + dir, e);
        }
        return new RuleFiles(dir, files, hash(files));
    }

    /** Writes every file under {@code folder}, as it was read: for the snapshot and the rule history. */
    void writeTo(Path folder) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }

    /** Deletes a folder and all it holds; nothing when it is not there. */
    static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    public String text(String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    public Stream<String> names(String suffix) {
        return files.keySet().stream().filter(name -> name.endsWith(suffix));
    }

    // editor backups, swap files and the guide are not rules
    private static boolean isHidden(String name) {
        String last = name.substring(name.lastIndexOf('/') + 1);
        return last.startsWith(".") || last.endsWith("~") || last.startsWith("#") || last.endsWith(".md");
    }

    private static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((name, content) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(content);
                sha.update((byte) 0);
            });
            return "sha256:" + HexFormat.of().formatHex(sha.digest()).substring(0, VERSION_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
