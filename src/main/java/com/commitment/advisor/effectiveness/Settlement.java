package com.commitment.advisor.effectiveness;

import com.commitment.advisor.model.FeedbackReason;
import com.commitment.advisor.model.FeedbackStatus;
import com.commitment.advisor.security.Scope;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deals whose answers are all read, waiting in a batch for their feedback and final stage: one query each per
 * batch, then each rule that spoke on a deal counts it. So the feedback and deal tables are read for the period's
 * deals only, a batch at a time.
 */
final class Settlement {

    static final int BATCH = 500;

    private final JdbcClient db;
    private final ReportScope scope;
    private final Function<String, RuleTally> rules;
    private final List<DealShown> waiting = new ArrayList<>(BATCH);

    Settlement(JdbcClient db, ReportScope scope, Function<String, RuleTally> rules) {
        this.db = db;
        this.scope = scope;
        this.rules = rules;
    }

    void add(DealShown deal) {
        waiting.add(deal);
        if (waiting.size() == BATCH) {
            settle();
        }
    }

    /** Counts the deals waiting. */
    void settle() {
        if (waiting.isEmpty()) {
            return;
        }
        List<String> ids = waiting.stream().map(DealShown::dealId).toList();
        Map<String, Map<String, HeldFeedback>> feedback = feedback(ids);
        Map<String, Boolean> won = closed(ids);
        for (DealShown deal : waiting) {
            Map<String, HeldFeedback> held = feedback.getOrDefault(deal.dealId(), Collections.emptyMap());
            deal.keysByRule().forEach((rule, keys) -> rules.apply(rule).settle(keys, held, won.get(deal.dealId())));
        }
        waiting.clear();
    }

    /** Per deal and key, the feedback that holds: the latest given, whenever it was given. */
    private Map<String, Map<String, HeldFeedback>> feedback(List<String> ids) {
        Map<String, Map<String, HeldFeedback>> latest = new HashMap<>();
        Scope visible = scope.feedback();
        List<Object> params = new ArrayList<>(ids);
        params.addAll(visible.params());
        db.sql("SELECT id, deal_id, rec_key, status, reason, comment, given_at FROM feedback WHERE deal_id IN ("
                + marks(ids) + ") AND " + visible.sql()).params(params).query((RowCallbackHandler) rs -> {
                    String reason = rs.getString("reason");
                    HeldFeedback given = new HeldFeedback(rs.getString("id"),
                            FeedbackStatus.valueOf(rs.getString("status")),
                            reason == null ? null : FeedbackReason.valueOf(reason), rs.getString("comment"),
                            rs.getObject("given_at", OffsetDateTime.class).toInstant());
                    latest.computeIfAbsent(rs.getString("deal_id"), d -> new HashMap<>()).merge(
                            rs.getString("rec_key"), given, (held, other) -> other.laterThan(held) ? other : held);
                });
        return latest;
    }

    /** Of these deals, the stored ones that are closed: true when WON, false when LOST. */
    private Map<String, Boolean> closed(List<String> ids) {
        Map<String, Boolean> won = new HashMap<>();
        Scope counted = scope.deals();
        List<Object> params = new ArrayList<>(ids);
        params.addAll(counted.params());
        db.sql("SELECT id, stage FROM deal WHERE id IN (" + marks(ids) + ") AND stage IN ('WON', 'LOST') AND "
                + counted.sql()).params(params)
                .query((RowCallbackHandler) rs -> won.put(rs.getString("id"), "WON".equals(rs.getString("stage"))));
        return won;
    }

    private static String marks(List<String> ids) {
        return String.join(", ", Collections.nCopies(ids.size(), "?"));
    }
}
