package com.commitment.advisor.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * The job jar run as spark-submit runs it in local[2]: Spark's jars first and the job jar after them, with Spark's
 * own list of module options for Java 17.
 */
final class Job {

    /** The job's answers and skipped lines, each its part files joined in order, and what it printed last. */
    record Result(List<String> answers, List<String> skipped, String summary) {
    }

    private Job() {
    }

    static Result run(Path in, Path out, String... options) throws IOException, InterruptedException {
        return run(List.of(), in, out, options);
    }

    /** With Spark settings, as spark-submit's --conf gives them ("-Dspark.archives=..."). */
    static Result run(List<String> sparkConf, Path in, Path out, String... options)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
        command.addAll(sparkConf);
        command.addAll(List.of("-Dspark.master=local[2]", "-Dspark.ui.enabled=false", "-cp",
                Files.readString(Path.of(System.getProperty("spark.classpath.file"))).strip() + ":"
                        + System.getProperty("job.jar"),
                RescoreJob.class.getName(), in.toString(), out.toString()));
        if (!List.of(options).contains("--rules")) {
            command.addAll(List.of("--rules", "../rules"));
        }
        command.addAll(List.of(options));
        Path log = Path.of(out + ".log");
        Process job = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = job.waitFor(15, TimeUnit.MINUTES);
        if (!done) {
            job.destroyForcibly();
        }
        List<String> printed = Files.readAllLines(log);
        if (!done || job.exitValue() != 0) {
            // the temporary folder goes with the test: what the job said last is kept in the failure
            throw new IllegalStateException("the job failed:\n"
                    + String.join("\n", printed.subList(Math.max(0, printed.size() - 40), printed.size())));
        }
        String summary = printed.stream().filter(line -> line.contains(" advised, ")).findFirst().orElse("");
        return new Result(Output.parts(out.resolve("answers")), Output.parts(out.resolve("bad")), summary);
    }
}
