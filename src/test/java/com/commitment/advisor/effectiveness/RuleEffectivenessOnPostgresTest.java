package com.commitment.advisor.effectiveness;

import com.commitment.advisor.profile.Postgres;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The report on PostgreSQL, in a schema of its own for this run; skipped when no PostgreSQL answers. */
@EnabledIf(value = "com.commitment.advisor.profile.Postgres#answers", disabledReason = Postgres.SKIPPED)
class RuleEffectivenessOnPostgresTest extends RuleEffectivenessTest {

    private static final String SCHEMA = Postgres.freshSchema("effectiveness_test_");

    @DynamicPropertySource
    static void freshSchema(DynamicPropertyRegistry registry) {
        Postgres.use(registry, SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        Postgres.drop(SCHEMA);
    }

    @Override
    List<String> databaseOptions() {
        return List.of("--db-url", Postgres.url(Postgres.HOST, Postgres.PORT) + "?currentSchema=" + SCHEMA,
                "--db-user", Postgres.USER);
    }
}
