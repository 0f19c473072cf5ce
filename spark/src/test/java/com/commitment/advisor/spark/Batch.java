package com.commitment.advisor.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real {@code java -jar target/advisor.jar batch} of the service's build, on the repository's rules. */
final class Batch {

    /** The answers file's lines, and the skipped lines' reasons batch printed among its progress on stderr. */
    record Result(List<String> answers, List<String> skipped) {
    }

    private Batch() {
    }

    static Result run(Path in, Path work) throws IOException, InterruptedException {
        Path jar = Path.of("../target/advisor.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run mvn verify in the service first");
        }
        Path out = work.resolve("batch.jsonl");
        Path err = work.resolve("batch.err");
        Process batch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "batch", in.toString(), out.toString(), "--rules", "../rules")
                .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!batch.waitFor(15, TimeUnit.MINUTES) || batch.exitValue() != 0) {
            throw new IllegalStateException("batch failed: " + Files.readString(err));
        }
        List<String> skipped = Arrays.stream(Files.readString(err).split("[\r\n]+"))
                .filter(line -> line.startsWith("line ")).toList();
        return new Result(Files.readAllLines(out), skipped);
    }
}
