package com.commitment.advisor.ruleset;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which build of the advisor is running: rules compiled by one build may not fit the fact classes of another,
 * so compiled rules kept on disk are keyed by it. A jar is named by its path, size and time; a classes
 * directory by the content of its classes and the class path.
 */
final class AppBuild {

    private static final Optional<String> FINGERPRINT = compute();

    private AppBuild() {
    }

    /** Empty when the build cannot be told apart from another (then nothing compiled is kept on disk). */
    static Optional<String> fingerprint() {
        return FINGERPRINT;
    }

    private static Optional<String> compute() {
        try {
            CodeSource source = AppBuild.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Optional<Path> file = outerFile(source.getLocation());
            if (file.isEmpty()) {
                return Optional.empty();
            }
            Path path = file.get();
            if (Files.isDirectory(path)) {
                digestClasses(path, sha);
                sha.update(System.getProperty("java.class.path", "").getBytes(StandardCharsets.UTF_8));
            } else {
                sha.update((path.toAbsolutePath() + "|" + Files.size(path) + "|" + Files.getLastModifiedTime(path))
                        .getBytes(StandardCharsets.UTF_8));
            }
            return Optional.of(HexFormat.of().formatHex(sha.digest()));
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return Optional.empty();
        }
    }

    // "file:/app/classes/", "file:/app/advisor.jar" or, inside Spring Boot's jar, "jar:nested:/app/advisor.jar/!BOOT-INF/classes/!/"
    private static Optional<Path> outerFile(URL location) throws URISyntaxException {
        String url = location.toString();
        if (url.startsWith("file:")) {
            return Optional.of(Path.of(location.toURI()));
        }
        String nested = "jar:nested:";
        int end = url.indexOf("/!");
        if (url.startsWith(nested) && end > 0) {
            return Optional.of(Path.of(url.substring(nested.length(), end)));
        }
        return Optional.empty();
    }

    private static void digestClasses(Path dir, MessageDigest sha) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".class")).sorted()::iterator) {
                sha.update(dir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(file));
            }
        }
    }
}
