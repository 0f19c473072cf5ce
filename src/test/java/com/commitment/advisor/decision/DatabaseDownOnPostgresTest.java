package com.commitment.advisor.decision;

import com.commitment.advisor.profile.Postgres;
import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The database going away on PostgreSQL, reached through the proxy; skipped when no PostgreSQL answers. */
@EnabledIf(value = "com.commitment.advisor.profile.Postgres#answers", disabledReason = Postgres.SKIPPED)
class DatabaseDownOnPostgresTest extends DatabaseDownTest {

    private static final String SCHEMA = Postgres.freshSchema("decision_down_test_");
    private static final TcpProxy PROXY = DatabaseDownOnH2Test.proxy(Postgres.PORT);

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> Postgres.url("127.0.0.1", PROXY.port()) + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> Postgres.USER);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @Override
    TcpProxy database() {
        return PROXY;
    }

    @AfterAll
    static void dropSchema() throws IOException, SQLException {
        PROXY.close();
        Postgres.drop(SCHEMA);
    }
}
