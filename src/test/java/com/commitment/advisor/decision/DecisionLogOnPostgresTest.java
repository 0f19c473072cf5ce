package com.commitment.advisor.decision;

import com.commitment.advisor.profile.Postgres;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The decision log on PostgreSQL, in a schema of its own for this run; skipped when no PostgreSQL answers. */
@EnabledIf(value = "com.commitment.advisor.profile.Postgres#answers", disabledReason = Postgres.SKIPPED)
class DecisionLogOnPostgresTest extends DecisionLogTest {

    private static final String SCHEMA = Postgres.freshSchema("decision_test_");

    @DynamicPropertySource
    static void freshSchema(DynamicPropertyRegistry registry) {
        Postgres.use(registry, SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        Postgres.drop(SCHEMA);
    }
}
