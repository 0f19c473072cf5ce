package com.commitment.advisor.cli;

import com.commitment.advisor.system.RewordedMigrations;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import picocli.CommandLine.Option;

/**
 * The service's database, for commands that read or write it: the H2 file in its data directory ({@code ./data}
 * or {@code ADVISOR_DATA_DIR}, as the service), opened through the service when it runs so both may use it at once;
 * or what {@code SPRING_DATASOURCE_*} names.
 */
final class DatabaseOption {

    @Option(names = "--data-dir", defaultValue = "${env:ADVISOR_DATA_DIR:-./data}",
            description = "the service's data directory, as its advisor.data-dir: its H2 database unless --db-url "
                    + "names another, its kept rule sets (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--db-url", defaultValue = "${env:SPRING_DATASOURCE_URL:-}",
            description = "the database, as the service's spring.datasource.url; the password from "
                    + "SPRING_DATASOURCE_PASSWORD (default: the H2 file database in --data-dir)")
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
        String url = url();
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

    /** The service's own URL for its data directory (H2 reads a relative path only when it starts with ./). */
    private String url() {
        if (!url.isBlank()) {
            return url;
        }
        String dir = dataDir.isAbsolute() || dataDir.startsWith(".") ? dataDir.toString() : "./" + dataDir;
        return "jdbc:h2:file:" + dir + "/advisor;WRITE_DELAY=0;AUTO_SERVER=TRUE";
    }
}
