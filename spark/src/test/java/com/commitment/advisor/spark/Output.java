package com.commitment.advisor.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Lines as the two programs write them, put side by side: decision ids differ on every run, so they are left out. */
final class Output {

    private Output() {
    }

    static List<String> withoutDecisionIds(List<String> answers) {
        return answers.stream().map(a -> a.replaceFirst("\"decisionId\":\"[^\"]*\",", "")).toList();
    }

    /** The part files of one of the job's output folders, in name order: the job's output as one file. */
    static List<String> parts(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<String> lines = new ArrayList<>();
            for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
