package com.commitment.advisor.profile;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same tests on PostgreSQL at 127.0.0.1:5432 (user postgres, database test), in a schema of its own that
 * Flyway creates for this run and the run drops at the end. Reported as skipped, with the reason, when no
 * PostgreSQL answers there.
 */
@EnabledIf(value = "com.commitment.advisor.profile.Postgres#answers", disabledReason = Postgres.SKIPPED)
class ProfileAndDealsOnPostgresTest extends ProfileAndDealsTest {

    private static final String SCHEMA = Postgres.freshSchema("profile_test_");

    @DynamicPropertySource
    static void freshSchema(DynamicPropertyRegistry registry) {
        Postgres.use(registry, SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        Postgres.drop(SCHEMA);
    }
}
