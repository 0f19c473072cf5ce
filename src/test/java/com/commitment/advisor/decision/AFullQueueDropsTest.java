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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * A database that does not answer while advice keeps coming: the writer waits for it, the queue fills, and
 * further answers are dropped and counted at once instead of waiting. Once the database answers, what was
 * queued is written.
 */
class AFullQueueDropsTest {

    private final JdbcDataSource h2 = new JdbcDataSource();
    private final CountDownLatch databaseAnswers = new CountDownLatch(1);
    private final MeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void database() {
        h2.setURL("jdbc:h2:mem:drops-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).load().migrate();
    }

    @Test
    void aQueueFullOfAnswersDropsAndCountsWithoutWaiting() throws Exception {
        DecisionLog log = stalledLog(1, DataSize.ofMegabytes(64));
        record(log, "Q-1", 2);
        writerWaitsForTheDatabase();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int i = 2; i <= 5; i++) {
                record(log, "Q-" + i, 2);
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

    @Test
    void aQueueFullOfBytesDropsToo() throws Exception {
        DecisionLog log = stalledLog(10_000, DataSize.ofMegabytes(1));
        record(log, "Q-1", 2);
        writerWaitsForTheDatabase();
        record(log, "Q-2", 600_000);
        record(log, "Q-3", 600_000);
        record(log, "Q-4", 2);
        assertThat(meters.get("advisor.decisions.dropped").counter().count()).as("Q-3 alone").isEqualTo(1);

        databaseAnswers.countDown();
        log.close();
        assertThat(JdbcClient.create(h2).sql("SELECT deal_id FROM decision ORDER BY deal_id").query(String.class).list())
                .containsExactly("Q-1", "Q-2", "Q-4");
    }

    /** A log whose writer takes one answer at a time and finds the database not answering until it is told to. */
    private DecisionLog stalledLog(int capacity, DataSize bytes) {
        DelegatingDataSource stalled = new DelegatingDataSource(h2) {
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
        DecisionSettings settings = new DecisionSettings(true, capacity, bytes, 1, Duration.ofMillis(100), List.of(),
                400, Duration.ofHours(1));
        JsonMapper json = JsonMapper.builder().build();
        return DecisionLog.start(settings, new DecisionStore(stalled, json), json, meters, Clock.systemUTC());
    }

    /** Until the writer has taken the first answer off the queue: it is then waiting for a connection. */
    private void writerWaitsForTheDatabase() throws InterruptedException {
        Instant limit = Instant.now().plusSeconds(10);
        while (meters.get("advisor.decisions.queued").gauge().value() > 0) {
            assertThat(Instant.now()).as("the writer takes the first answer").isBefore(limit);
            Thread.sleep(10);
        }
    }

    /** An answer whose request body is {@code bytes} long: a JSON string of that many bytes. */
    private static void record(DecisionLog log, String dealId, int bytes) {
        byte[] request = ("\"" + "x".repeat(bytes - 2) + "\"").getBytes();
        log.record(new Advice(dealId, UUID.randomUUID().toString(), "sha256:test", null, List.of(), List.of()), "en",
                Source.API, request, "rep1");
    }
}
