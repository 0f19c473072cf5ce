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
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.springframework.util.unit.DataSize;
import picocli.CommandLine.Option;

/**
 * {@code batch --log-decisions}: logs every answer in the service's decision log. Off by default, since a CRM
 * export run through the batch would otherwise fill the log with decisions no rep asked for.
 */
final class DecisionLogOption {

    @Option(names = "--log-decisions", description = "write every answer to the decision log (default: not logged)")
    boolean enabled;

    @Option(names = "--db-url",
            defaultValue = "${env:SPRING_DATASOURCE_URL:-jdbc:h2:file:./data/advisor;WRITE_DELAY=0}",
            description = "the decision log's database, as the service's spring.datasource.url; the password from "
                    + "SPRING_DATASOURCE_PASSWORD (default: ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--db-user", defaultValue = "${env:SPRING_DATASOURCE_USERNAME:-sa}",
            description = "database user (default: ${DEFAULT-VALUE})")
    String user;

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
        HikariDataSource database = new HikariDataSource();
        database.setJdbcUrl(url);
        database.setUsername(user);
        database.setPassword(Objects.toString(System.getenv("SPRING_DATASOURCE_PASSWORD"), ""));
        database.setMaximumPoolSize(2);
        try {
            Flyway.configure().dataSource(database).load().migrate();
        } catch (RuntimeException e) {
            database.close();
            err.println("cannot open the decision log at " + url + ": "
                    + e.getMessage().lines().findFirst().orElse(""));
            err.flush();
            return null;
        }
        DecisionLog log = DecisionLog.start(settings, new DecisionStore(database, AdviceJson.mapper()),
                AdviceJson.mapper(), new SimpleMeterRegistry(), Clock.systemUTC());
        return new Opened(log, database);
    }
}
