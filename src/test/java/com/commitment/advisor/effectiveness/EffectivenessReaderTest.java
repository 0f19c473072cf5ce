package com.commitment.advisor.effectiveness;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.advice.AdviceJson;
import com.commitment.advisor.model.FeedbackReason;
import com.zaxxer.hikari.HikariDataSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * More deals than a settlement batch holds, and a deal with more answers than a page, written straight into the
 * tables: every deal is counted once, with the feedback and stage of its own, whichever batch it falls in.
 */
class EffectivenessReaderTest {

    private static final int DEALS = 2 * Settlement.BATCH + 200;

    @Test
    void dealsAcrossBatchesAndPagesAreCountedOnce() {
        try (HikariDataSource h2 = new HikariDataSource()) {
            h2.setJdbcUrl("jdbc:h2:mem:reader-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            Flyway.configure().dataSource(h2).load().migrate();
            JdbcClient db = JdbcClient.create(h2);
            for (int i = 0; i < DEALS; i++) {
                String deal = "D-" + i;
                decision(db, deal);
                if (i % 2 == 0) { // done on even deals, after a WRONG dismissal that no longer holds
                    feedback(db, deal, "DISMISSED", "WRONG", 1);
                    feedback(db, deal, "DONE", null, 2);
                }
                if (i % 3 < 2) {
                    db.sql("INSERT INTO deal (id, stage, version, rep) VALUES (?, ?, 1, 'li')")
                            .params(deal, i % 3 == 0 ? "WON" : "LOST").update();
                }
            }
            for (int i = 0; i < AnswersByDeal.PAGE; i++) {
                decision(db, "D-7");
            }

            EffectivenessReport report = new EffectivenessReader(db, AdviceJson.mapper(), new EffectivenessSettings(20))
                    .read(new Period(null, null), ReportScope.everything());
            RuleEffectiveness rule = report.rules().get(0);
            assertThat(report.rules()).hasSize(1);
            assertThat(rule.answers()).isEqualTo(DEALS + AnswersByDeal.PAGE);
            assertThat(rule.deals()).isEqualTo(DEALS);
            assertThat(rule.done()).isEqualTo(DEALS / 2);
            assertThat(rule.dismissed().get(FeedbackReason.WRONG)).as("the latest feedback holds").isZero();
            assertThat(rule.noFeedback()).isEqualTo(DEALS / 2);
            assertThat(rule.followed()).isEqualTo(Outcomes.of(count(0, 0), count(0, 1), 20));
            assertThat(rule.ignored()).isEqualTo(Outcomes.of(count(1, 0), count(1, 1), 20));
        }
    }

    /** Deals i with i % 2 == parity and i % 3 == third. */
    private static long count(int parity, int third) {
        long n = 0;
        for (int i = 0; i < DEALS; i++) {
            n += i % 2 == parity && i % 3 == third ? 1 : 0;
        }
        return n;
    }

    private static void decision(JdbcClient db, String dealId) {
        db.sql("INSERT INTO decision (id, deal_id, decided_at, source, ruleset, language, masked, recommendations) "
                + "VALUES (?, ?, ?, 'DEAL', 'sha256:test', 'en', '[]', ?)")
                .params(UUID.randomUUID().toString(), dealId, OffsetDateTime.now(ZoneOffset.UTC),
                        "[{\"rank\": 1, \"code\": \"X\", \"rule\": \"test/x\", \"severity\": \"LOW\", \"key\": \"k-"
                                + dealId + "\", \"fingerprint\": \"f\"}]")
                .update();
    }

    private static void feedback(JdbcClient db, String dealId, String status, String reason, int minute) {
        db.sql("INSERT INTO feedback (id, deal_id, rec_key, fingerprint, code, rule_name, status, reason, comment, "
                + "given_at) VALUES (?, ?, ?, 'f', 'X', 'test/x', ?, ?, 'no', ?)")
                .params(UUID.randomUUID().toString(), dealId, "k-" + dealId, status, reason,
                        OffsetDateTime.of(2026, 11, 1, 12, minute, 0, 0, ZoneOffset.UTC))
                .update();
    }
}
