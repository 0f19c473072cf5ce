package com.commitment.advisor.cli;

import com.commitment.advisor.advice.AdviceJson;
import com.commitment.advisor.decision.DecisionLog;
import com.commitment.advisor.decision.DecisionSettings;
import com.commitment.advisor.decision.DecisionStore;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.util.unit.DataSize;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code batch --log-decisions}: logs every answer in the service's decision log. Off by default, since a CRM
 * export run through the batch would otherwise fill the log with decisions no rep asked for.
 */
final class DecisionLogOption {

    @Option(names = "--log-decisions", description = "write every answer to the decision log (default: not logged)")
    boolean enabled;

    @Mixin
    DatabaseOption database;

    @Option(names = "--mask", split = ",", paramLabel = "POINTER",
            description = "JSON pointers whose values are stored as \"**masked**\", as advisor.decisions.mask, "
                    + "e.g. /people/*/name")
    List<String> mask = List.of();

    /** The open log and its database, closed together. */
    record Opened(DecisionLog log, HikariDataSource database) implements AutoCloseable {

        @Override
        public void close() throws InterruptedException {
            try {
                log.close();
            } finally {
                database.close();
            }
        }
    }

    /**
     * The log on its database, its schema brought up to date; null when not asked for, or after printing why it
     * could not be opened.
     */
    Opened open(PrintWriter err) {
        if (!enabled) {
            return null;
        }
        DecisionSettings settings;
        try {
            settings = new DecisionSettings(true, 10_000, DataSize.ofMegabytes(64), 1_000, Duration.ofSeconds(1), mask,
                    400, Duration.ofHours(1));
        } catch (IllegalArgumentException e) {
            err.println("--mask: " + e.getMessage());
            err.flush();
            return null;
        }
        HikariDataSource opened = database.open(err);
        if (opened == null) {
            return null;
        }
        DecisionLog log = DecisionLog.start(settings, new DecisionStore(opened, AdviceJson.mapper()),
                AdviceJson.mapper(), new SimpleMeterRegistry(), Clock.systemUTC());
        return new Opened(log, opened);
    }
}
