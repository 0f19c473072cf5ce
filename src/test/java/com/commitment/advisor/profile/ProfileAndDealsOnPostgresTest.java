package com.commitment.advisor.profile;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same tests on PostgreSQL at 127.0.0.1:5432 (user postgres, database test), in a schema of its own that
 * Flyway creates for this run and the run drops at the end. Skipped when no PostgreSQL answers there.
 */
class ProfileAndDealsOnPostgresTest extends ProfileAndDealsTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String USER = "postgres";
    private static final String SCHEMA = "profile_test_" + UUID.randomUUID().toString().replace("-", "");

    @BeforeAll
    static void postgresAnswers() {
        assumeTrue(answers(), "no PostgreSQL answers at " + URL + " as " + USER + ": skipped");
    }

    @DynamicPropertySource
    static void freshSchema(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (answers()) {
            try (Connection db = DriverManager.getConnection(URL, USER, "")) {
                db.createStatement().execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
    }

    private static boolean answers() {
        DriverManager.setLoginTimeout(3);
        try (Connection db = DriverManager.getConnection(URL, USER, "")) {
            return db.isValid(3);
        } catch (SQLException none) {
            return false;
        }
    }
}
