package com.commitment.advisor.cli;

import com.commitment.advisor.system.RewordedMigrations;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import picocli.CommandLine.Option;

/**
 * The service's database, for commands that read or write it: the H2 file in {@code ./data} by default (opened
 * through the service when it runs, so both may use it at once), or what {@code SPRING_DATASOURCE_*} names.
 */
final class DatabaseOption {

    @Option(names = "--db-url",
            defaultValue = "${env:SPRING_DATASOURCE_URL:-jdbc:h2:file:./data/advisor;WRITE_DELAY=0;AUTO_SERVER=TRUE}",
            description = "the database, as the service's spring.datasource.url; the password from "
                    + "SPRING_DATASOURCE_PASSWORD (default: ${DEFAULT-VALUE})")
    String url;

    /**
     * None by default, as the service: Spring Boot names no user for an H2 file database, so H2 made the file with
     * the empty user name and refuses any other ("sa" was refused by the service's own database).
     */
    @Option(names = "--db-user", defaultValue = "${env:SPRING_DATASOURCE_USERNAME:-}",
            description = "database user, as the service's spring.datasource.username (default: none)")
    String user;

    /** The database with its schema brought up to date; null after printing why it could not be opened. */
    HikariDataSource open(PrintWriter err) {
        HikariDataSource database = new HikariDataSource();
        database.setJdbcUrl(url);
        database.setUsername(user);
        database.setPassword(Objects.toString(System.getenv("SPRING_DATASOURCE_PASSWORD"), ""));
        database.setMaximumPoolSize(2);
        try {
            Flyway.configure().dataSource(database).callbacks(new RewordedMigrations()).load().migrate();
            return database;
        } catch (RuntimeException e) {
            database.close();
            err.println("cannot open the database at " + url + ": " + e.getMessage().lines().findFirst().orElse(""));
            err.flush();
            return null;
        }
    }
}
