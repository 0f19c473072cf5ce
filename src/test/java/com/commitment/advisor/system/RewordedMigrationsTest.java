package com.commitment.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.commitment.advisor.profile.Postgres;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

/**
 * A database made before V1 and V2 had their comments reworded (it holds their old checksums) still starts: the
 * old checksums are moved to the new ones. Without the callback Flyway refuses it, which is what it prevents.
 */
class RewordedMigrationsTest {

    @Test
    void aDatabaseFromBeforeTheRewordingStillMigratesOnH2() throws Exception {
        String url = "jdbc:h2:file:" + Files.createTempDirectory("reworded").resolve("advisor");
        check(url, "", null);
    }

    @Test
    void aDatabaseFromBeforeTheRewordingStillMigratesOnPostgres() throws Exception {
        assumeTrue(Postgres.answers(), Postgres.SKIPPED);
        String schema = Postgres.freshSchema("reworded");
        try {
            check(Postgres.url(Postgres.HOST, Postgres.PORT) + "?currentSchema=" + schema, Postgres.USER, schema);
        } finally {
            Postgres.drop(schema);
        }
    }

    private static void check(String url, String user, String schema) throws Exception {
        flyway(url, user, schema, true).migrate();
        Map<String, Integer> current = checksums(url, user);
        try (Connection db = DriverManager.getConnection(url, user, "");
                Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = -734533792 WHERE \"version\" = '1'");
            sql.executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = 1608399756 WHERE \"version\" = '2'");
        }
        assertThatThrownBy(() -> flyway(url, user, schema, false).migrate()).as("without the callback")
                .isInstanceOf(FlywayException.class).hasMessageContaining("validation");
        flyway(url, user, schema, true).migrate();
        assertThat(checksums(url, user)).isEqualTo(current);
    }

    private static Flyway flyway(String url, String user, String schema, boolean reworded) {
        var configuration = Flyway.configure().dataSource(url, user, "");
        if (schema != null) {
            configuration.schemas(schema);
        }
        if (reworded) {
            configuration.callbacks(new RewordedMigrations());
        }
        return configuration.load();
    }

    private static Map<String, Integer> checksums(String url, String user) throws Exception {
        Map<String, Integer> checksums = new HashMap<>();
        try (Connection db = DriverManager.getConnection(url, user, "");
                ResultSet rows = db.createStatement().executeQuery("SELECT \"version\", \"checksum\""
                        + " FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            while (rows.next()) {
                checksums.put(rows.getString(1), rows.getInt(2));
            }
        }
        return checksums;
    }
}
