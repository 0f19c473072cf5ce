package com.commitment.advisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A copy of the real rules (or fixtures) in a test's own folder, to edit as sales-ops would. */
public record RulesCopy(Path dir) {

    public static RulesCopy of(Path real, Path target) {
        try (Stream<Path> files = Files.walk(real)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(real.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RulesCopy(target);
    }

    /** Lays the files of {@code changes} over this copy: new ones are added, same-named ones replaced. */
    public void overlay(Path changes) {
        try (Stream<Path> files = Files.walk(changes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(changes.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text in a file, failing the test if the text is not there (so an edit cannot silently miss). */
    public void replace(String file, String from, String to) {
        String text = read(file);
        assertThat(text).as("the test edits " + file).contains(from);
        write(file, text.replace(from, to));
    }

    /** A file of src/test/resources, such as a broken rule kept for the tests. */
    public static String testFile(String name) {
        try {
            return Files.readString(Path.of("src/test/resources").resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String file) {
        try {
            return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(String file, String text) {
        try {
            Files.createDirectories(dir.resolve(file).getParent());
            Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String file) {
        try {
            Files.delete(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int lineOf(String file, String text) {
        String[] lines = read(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
