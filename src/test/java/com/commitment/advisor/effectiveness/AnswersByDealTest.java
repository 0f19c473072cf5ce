package com.commitment.advisor.effectiveness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.commitment.advisor.advice.AdviceJson;
import com.commitment.advisor.profile.Postgres;
import com.commitment.advisor.security.Scope;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Logged answers are read in deal order a page at a time, each answer of the period once and each deal's answers
 * together, across page boundaries (a deal with more answers than a page, deal ids of mixed case and script), on
 * H2 and on PostgreSQL when one answers.
 */
class AnswersByDealTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    @Test
    void eachAnswerOnceAndEachDealTogetherOnH2() {
        try (HikariDataSource h2 = new HikariDataSource()) {
            h2.setJdbcUrl("jdbc:h2:mem:answers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            readsInDealOrder(h2);
        }
    }

    @Test
    void eachAnswerOnceAndEachDealTogetherOnPostgres() throws Exception {
        assumeTrue(Postgres.answers(), Postgres.SKIPPED);
        String schema = Postgres.freshSchema("answers_test_");
        try (Connection admin = DriverManager.getConnection(Postgres.url(Postgres.HOST, Postgres.PORT), Postgres.USER,
                ""); HikariDataSource postgres = new HikariDataSource()) {
            admin.createStatement().execute("CREATE SCHEMA " + schema);
            postgres.setJdbcUrl(Postgres.url(Postgres.HOST, Postgres.PORT) + "?currentSchema=" + schema);
            postgres.setUsername(Postgres.USER);
            readsInDealOrder(postgres);
        } finally {
            Postgres.drop(schema);
        }
    }

    private static void readsInDealOrder(HikariDataSource database) {
        Flyway.configure().dataSource(database).load().migrate();
        JdbcClient db = JdbcClient.create(database);
        List<String> deals = new ArrayList<>(List.of("a", "A", "é", "Z-1", "z-1", "客户-1", "0"));
        for (int i = 0; i < 300; i++) {
            deals.add("D-" + i);
        }
        Random random = new Random(5);
        Set<String> inPeriod = new HashSet<>();
        int logged = AnswersByDeal.PAGE + 1345;
        for (int i = 0; i < logged; i++) {
            String deal = i < AnswersByDeal.PAGE + 200 ? "big" : deals.get(random.nextInt(deals.size()));
            boolean before = i % 10 == 0;
            insert(db, deal, "k" + i, before ? DAY.minusDays(1) : DAY);
            if (!before) {
                inPeriod.add("k" + i);
            }
        }

        List<String> read = new ArrayList<>();
        List<String> dealsInTurn = new ArrayList<>();
        AnswersByDeal answers = new AnswersByDeal(db, AdviceJson.mapper());
        answers.forEach(new Period(DAY, DAY), Scope.ALL, (dealId, recommendations) -> {
            recommendations.forEach(r -> read.add(r.key()));
            if (dealsInTurn.isEmpty() || !dealsInTurn.get(dealsInTurn.size() - 1).equals(dealId)) {
                dealsInTurn.add(dealId);
            }
        });
        assertThat(read).as("each answer of the period once").hasSize(inPeriod.size())
                .containsExactlyInAnyOrderElementsOf(inPeriod);
        assertThat(dealsInTurn).as("a deal's answers together").doesNotHaveDuplicates();
    }

    private static void insert(JdbcClient db, String dealId, String key, LocalDate day) {
        db.sql("INSERT INTO decision (id, deal_id, decided_at, source, ruleset, language, masked, recommendations) "
                + "VALUES (?, ?, ?, 'API', 'sha256:test', 'en', '[]', ?)")
                .params(UUID.randomUUID().toString(), dealId, day.atTime(12, 0).atOffset(ZoneOffset.UTC),
                        "[{\"rank\": 1, \"code\": \"X\", \"rule\": \"test/x\", \"severity\": \"LOW\", \"key\": \""
                                + key + "\", \"fingerprint\": \"f\"}]")
                .update();
    }
}
