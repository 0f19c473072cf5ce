package com.commitment.advisor.backtest;

import com.commitment.advisor.profile.Postgres;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The backtest on PostgreSQL, named as the service names it (its URL and user), in a schema of its own for this
 * run (Flyway creates it); skipped when no PostgreSQL answers.
 */
@EnabledIf(value = "com.commitment.advisor.profile.Postgres#answers", disabledReason = Postgres.SKIPPED)
class BacktestOnPostgresTest extends BacktestTest {

    private static final String SCHEMA = Postgres.freshSchema("backtest_test_");

    @AfterAll
    static void dropSchema() throws SQLException {
        Postgres.drop(SCHEMA);
    }

    @Override
    List<String> database() {
        return List.of("--db-url", Postgres.url(Postgres.HOST, Postgres.PORT) + "?currentSchema=" + SCHEMA,
                "--db-user", Postgres.USER, "--data-dir", dir.resolve("data").toString());
    }
}
