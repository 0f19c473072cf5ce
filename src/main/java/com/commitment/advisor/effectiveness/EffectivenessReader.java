package com.commitment.advisor.effectiveness;

import com.commitment.advisor.decision.LoggedRecommendation;
import com.commitment.advisor.model.FeedbackReason;
import com.commitment.advisor.model.FeedbackStatus;
import com.commitment.advisor.security.Scope;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the rule effectiveness report from the database in three passes, each a page at a time: the period's
 * decisions (which rule said what on which deal), the feedback on those recommendations (the latest per deal and key
 * holds), and the stage of the stored deals that are WON or LOST. What it keeps grows with the deals and rules of
 * the period, not with the size of the log.
 */
@Component
public class EffectivenessReader {

    private static final TypeReference<List<LoggedRecommendation>> RECOMMENDATIONS = new TypeReference<>() { };

    private final JdbcClient db;
    private final JsonMapper json;
    private final int minDeals;

    public EffectivenessReader(JdbcClient db, JsonMapper json, EffectivenessSettings settings) {
        this.db = db;
        this.json = json;
        this.minDeals = settings.minDeals();
    }

    public EffectivenessReport read(Period period, ReportScope scope) {
        Map<String, RuleTally> rules = fired(period, scope.decisions());
        Set<DealKey> shown = new HashSet<>();
        Set<String> deals = new HashSet<>();
        for (RuleTally rule : rules.values()) {
            shown.addAll(rule.shown());
            deals.addAll(rule.deals());
        }
        Map<DealKey, HeldFeedback> feedback = feedback(shown, scope.feedback());
        Map<String, Boolean> won = closed(deals, scope.deals());
        List<RuleEffectiveness> summaries = new ArrayList<>(rules.size());
        for (RuleTally rule : rules.values()) {
            summaries.add(rule.summary(feedback, won, minDeals));
        }
        return new EffectivenessReport(period.from(), period.to(), minDeals, summaries);
    }

    /** Each rule that gave a recommendation in the period, by name. */
    private Map<String, RuleTally> fired(Period period, Scope visible) {
        Map<String, RuleTally> rules = new TreeMap<>();
        List<Object> params = new ArrayList<>();
        String when = period.sql("decided_at", params);
        params.addAll(visible.params());
        PagesById.forEach(db, "id, deal_id, recommendations", "decision", when + " AND " + visible.sql(), params,
                rs -> {
                    String dealId = rs.getString("deal_id");
                    Set<String> inThisAnswer = new HashSet<>();
                    for (LoggedRecommendation r : json.readValue(rs.getString("recommendations"), RECOMMENDATIONS)) {
                        RuleTally rule = rules.computeIfAbsent(r.rule(), RuleTally::new);
                        rule.shown(new DealKey(dealId, r.key()));
                        if (inThisAnswer.add(r.rule())) {
                            rule.answered();
                        }
                    }
                });
        return rules;
    }

    /** The feedback that holds on each of {@code shown}: the latest given, whenever it was given. */
    private Map<DealKey, HeldFeedback> feedback(Set<DealKey> shown, Scope visible) {
        Map<DealKey, HeldFeedback> latest = new HashMap<>();
        PagesById.forEach(db, "id, deal_id, rec_key, status, reason, comment, given_at", "feedback", visible.sql(),
                visible.params(), rs -> {
                    DealKey recommendation = new DealKey(rs.getString("deal_id"), rs.getString("rec_key"));
                    if (!shown.contains(recommendation)) {
                        return;
                    }
                    String reason = rs.getString("reason");
                    HeldFeedback given = new HeldFeedback(rs.getString("id"),
                            FeedbackStatus.valueOf(rs.getString("status")),
                            reason == null ? null : FeedbackReason.valueOf(reason), rs.getString("comment"),
                            rs.getObject("given_at", OffsetDateTime.class).toInstant());
                    latest.merge(recommendation, given, (held, other) -> other.laterThan(held) ? other : held);
                });
        return latest;
    }

    /** Of {@code deals}, the stored ones that are closed: true when WON, false when LOST. */
    private Map<String, Boolean> closed(Set<String> deals, Scope counted) {
        Map<String, Boolean> won = new HashMap<>();
        PagesById.forEach(db, "id, stage", "deal", "stage IN ('WON', 'LOST') AND " + counted.sql(), counted.params(),
                rs -> {
                    String id = rs.getString("id");
                    if (deals.contains(id)) {
                        won.put(id, "WON".equals(rs.getString("stage")));
                    }
                });
        return won;
    }
}
