package com.commitment.advisor.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.commitment.advisor.model.Advice;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A database that does not answer while advice keeps coming: the writer waits for it, the queue fills, and
 * further answers are dropped and counted at once instead of waiting. Once the database answers, what was
 * queued is written.
 */
class AFullQueueDropsTest {

    @Test
    void aFullQueueDropsAndCountsWithoutWaiting() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:drops-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).load().migrate();
        CountDownLatch databaseAnswers = new CountDownLatch(1);
        DelegatingDataSource slow = new DelegatingDataSource(h2) {
            @Override
            public Connection getConnection() throws SQLException {
                try {
                    databaseAnswers.await();
                } catch (InterruptedException e) {
                    throw new SQLException("interrupted", e);
                }
                return super.getConnection();
            }
        };
        MeterRegistry meters = new SimpleMeterRegistry();
        DecisionSettings oneAtATime = new DecisionSettings(true, 1, 1, Duration.ofMillis(100), List.of(), 400,
                Duration.ofHours(1));
        DecisionLog log = DecisionLog.start(oneAtATime, new DecisionStore(slow, JsonMapper.builder().build()),
                JsonMapper.builder().build(), meters, Clock.systemUTC());

        log.record(advice("Q-1"), "en", Source.API, "{}".getBytes());
        Instant limit = Instant.now().plusSeconds(10);
        while (meters.get("advisor.decisions.queued").gauge().value() > 0) {
            assertThat(Instant.now()).as("the writer takes the first answer").isBefore(limit);
            Thread.sleep(10);
        }
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int i = 2; i <= 5; i++) {
                log.record(advice("Q-" + i), "en", Source.API, "{}".getBytes());
            }
        }, "recording never waits for the database");
        assertThat(meters.get("advisor.decisions.queued").gauge().value()).isEqualTo(1);
        assertThat(meters.get("advisor.decisions.dropped").counter().count()).isEqualTo(3);

        databaseAnswers.countDown();
        log.close();
        assertThat(meters.get("advisor.decisions.logged").counter().count()).isEqualTo(2);
        assertThat(JdbcClient.create(h2).sql("SELECT deal_id FROM decision ORDER BY deal_id").query(String.class).list())
                .containsExactly("Q-1", "Q-2");
    }

    private static Advice advice(String dealId) {
        return new Advice(dealId, UUID.randomUUID().toString(), "sha256:test", null, List.of());
    }
}
