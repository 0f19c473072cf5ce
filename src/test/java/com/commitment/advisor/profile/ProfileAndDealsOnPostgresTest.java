package com.commitment.advisor.profile;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same tests on PostgreSQL at 127.0.0.1:5432 (user postgres, database test), in a schema of its own that
 * Flyway creates for this run and the run drops at the end. Reported as skipped, with the reason, when no
 * PostgreSQL answers there.
 */
@EnabledIf(value = "answers", disabledReason = "no PostgreSQL answers at 127.0.0.1:5432 (user postgres, database test)")
class ProfileAndDealsOnPostgresTest extends ProfileAndDealsTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String USER = "postgres";
    private static final String SCHEMA = "profile_test_" + UUID.randomUUID().toString().replace("-", "");

    @DynamicPropertySource
    static void freshSchema(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (Connection db = DriverManager.getConnection(URL, USER, "")) {
            db.createStatement().execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    static boolean answers() {
        DriverManager.setLoginTimeout(3);
        try (Connection db = DriverManager.getConnection(URL, USER, "")) {
            return db.isValid(3);
        } catch (SQLException none) {
            return false;
        }
    }
}
