package com.commitment.advisor.cli;

import com.commitment.advisor.advice.AdviceJson;
import com.commitment.advisor.advice.Advisor;
import com.commitment.advisor.advice.InvalidRequestException;
import com.commitment.advisor.decision.DecisionLog;
import com.commitment.advisor.decision.Source;
import com.commitment.advisor.model.Advice;
import com.commitment.advisor.model.AdviceRequest;
import com.commitment.advisor.ruleset.RuleSet;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Advises a whole CRM export: one request per line in, one answer per line out, in the same order. Streams
 * in bounded chunks (memory stays flat), uses every core, shows progress on stderr; a bad line is reported
 * with its number and skipped. With {@code --log-decisions}, every answer goes to the decision log.
 */
@Command(name = "batch", description = "Advise every request of a JSON Lines file; write the answers as JSON Lines.")
final class BatchCommand implements Callable<Integer> {

    private static final int CHUNK = 4096;

    @Parameters(index = "0", description = "input: one request (as POSTed to /api/v1/advice) per line")
    Path in;

    @Parameters(index = "1", description = "output: one answer per line, in input order; bad lines are skipped")
    Path out;

    @Option(names = "--lang", defaultValue = "en", description = "en or zh (default: ${DEFAULT-VALUE})")
    String lang;

    @Mixin
    RulesOption rules;

    @Option(names = "--threads", description = "worker threads (default: one per core)")
    Integer threads;

    @Mixin
    DecisionLogOption decisionLog;

    /** Where answers are logged; null without --log-decisions. */
    private DecisionLog decisions;

    @Spec
    CommandSpec spec;

    private record Line(long number, String text) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        RuleSet ruleSet = rules.load(err);
        if (ruleSet == null) {
            return 1;
        }
        DecisionLogOption.Opened logged = decisionLog.open(err);
        if (decisionLog.enabled && logged == null) {
            return 1;
        }
        decisions = logged == null ? null : logged.log();
        Advisor advisor = new Advisor(() -> ruleSet, Clock.systemDefaultZone());
        JsonMapper json = AdviceJson.mapper();
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        Progress progress = new Progress(err, Files.size(in));
        long bad = 0;
        try (logged; BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            long number = 0;
            List<Line> chunk = new ArrayList<>(CHUNK);
            String text;
            while (true) {
                text = reader.readLine();
                if (text != null) {
                    number++;
                    progress.read(text.length() + 1);
                    if (!text.isBlank()) {
                        chunk.add(new Line(number, text));
                    }
                }
                if (chunk.size() == CHUNK || (text == null && !chunk.isEmpty())) {
                    bad += advise(chunk, pool, workers, advisor, json, writer, err);
                    progress.advised(chunk.size());
                    chunk.clear();
                }
                if (text == null) {
                    break;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        progress.done(bad);
        if (logged != null) {
            err.println(logged.log().loggedCount() + " decisions logged, " + logged.log().lostCount() + " lost");
        }
        return 0;
    }

    /** Advises one chunk on all workers and writes the answers in input order; returns how many lines were bad. */
    private long advise(List<Line> chunk, ExecutorService pool, int workers, Advisor advisor, JsonMapper json,
            BufferedWriter writer, PrintWriter err) throws Exception {
        int slice = (chunk.size() + workers - 1) / workers;
        List<Future<List<String>>> parts = new ArrayList<>();
        for (int from = 0; from < chunk.size(); from += slice) {
            List<Line> lines = chunk.subList(from, Math.min(chunk.size(), from + slice));
            parts.add(pool.submit(() -> {
                List<String> answers = new ArrayList<>(lines.size());
                for (Line line : lines) {
                    answers.add(answer(line, advisor, json));
                }
                return answers;
            }));
        }
        long bad = 0;
        for (Future<List<String>> part : parts) {
            for (String answer : part.get()) {
                if (answer.startsWith("!")) {
                    bad++;
                    err.println("\r" + answer.substring(1));
                } else {
                    writer.write(answer);
                    writer.write('\n');
                }
            }
        }
        return bad;
    }

    /** The answer as one JSON line, or "!" and why the line was skipped; logged with the line as received. */
    private String answer(Line line, Advisor advisor, JsonMapper json) throws InterruptedException {
        try {
            AdviceRequest request = json.readValue(line.text(), AdviceRequest.class);
            Advice advice = advisor.advise(request, lang);
            if (decisions != null) {
                decisions.recordWaiting(advice, lang, Source.BATCH, line.text().getBytes(StandardCharsets.UTF_8));
            }
            return json.writeValueAsString(advice);
        } catch (JacksonException e) {
            return "!line " + line.number() + " skipped: not a valid request: " + e.getOriginalMessage();
        } catch (InvalidRequestException e) {
            return "!line " + line.number() + " skipped: " + e.getMessage();
        } catch (RuntimeException e) {
            return "!line " + line.number() + " skipped: " + e;
        }
    }

    /** A one-line progress bar on stderr: share of the file read, deals advised, rate. */
    private static final class Progress {
        private final PrintWriter err;
        private final long total;
        private final long started = System.nanoTime();
        private long read;
        private long advised;

        Progress(PrintWriter err, long total) {
            this.err = err;
            this.total = Math.max(total, 1);
        }

        void read(long bytes) {
            read += bytes;
        }

        void advised(int deals) {
            advised += deals;
            int percent = (int) Math.min(100, read * 100 / total);
            String bar = "#".repeat(percent / 4) + ".".repeat(25 - percent / 4);
            err.print("\r[" + bar + "] " + percent + "% " + advised + " deals, " + rate() + " deals/s");
            err.flush();
        }

        void done(long bad) {
            Runtime rt = Runtime.getRuntime();
            err.println();
            err.println(advised - bad + " advised, " + bad + " skipped, " + rate() + " deals/s, heap used "
                    + (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024) + " MiB");
            err.flush();
        }

        private long rate() {
            double seconds = (System.nanoTime() - started) / 1e9;
            return seconds <= 0 ? 0 : Math.round(advised / seconds);
        }
    }
}
