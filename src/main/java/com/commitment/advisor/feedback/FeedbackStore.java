package com.commitment.advisor.feedback;

import com.commitment.advisor.model.FeedbackReason;
import com.commitment.advisor.model.FeedbackStatus;
import com.commitment.advisor.profile.Page;
import com.commitment.advisor.profile.Paging;
import com.commitment.advisor.security.Access;
import com.commitment.advisor.security.Caller;
import com.commitment.advisor.security.Scope;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Feedback, written at once (a rep who pressed Dismiss must not see it again after a crash) and read per deal. */
@Repository
public class FeedbackStore {

    private static final String COLUMNS = "id, deal_id, rec_key, fingerprint, code, rule_name, decision_id, status, "
            + "reason, comment, until_date, given_at, given_by";

    private static final String NEWEST_FIRST = "given_at DESC, id DESC";

    private final JdbcClient db;

    FeedbackStore(JdbcClient db) {
        this.db = db;
    }

    void insert(Feedback f) {
        db.sql("INSERT INTO feedback (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(f.id(), f.dealId(), f.key(), f.fingerprint(), f.code(), f.rule(), f.decisionId(),
                        f.status().name(), f.reason() == null ? null : f.reason().name(), f.comment(),
                        f.until() == null ? null : Date.valueOf(f.until()),
                        OffsetDateTime.ofInstant(f.givenAt(), ZoneOffset.UTC), f.givenBy())
                .update();
    }

    /** The feedback the caller sees: their own, their reps' for a manager, all on the deals they see. */
    public static Scope visibleTo(Access access) {
        return access.answers("given_by", "deal_id");
    }

    /** The feedback a caller named outside their request sees: the user who asked an answer of the past. */
    static Scope visibleTo(Caller caller) {
        return Access.answersOf(caller, "given_by", "deal_id");
    }

    /** The latest feedback per key of a deal, of the feedback {@code visible} covers: the one that holds. */
    Map<String, Feedback> latestPerKey(String dealId, Scope visible) {
        return latestPerKey(dealId, visible, "", List.of());
    }

    /** Like {@link #latestPerKey(String, Scope)}, of the feedback given by {@code time}: the one that held then. */
    Map<String, Feedback> latestPerKeyAt(String dealId, Scope visible, Instant time) {
        return latestPerKey(dealId, visible, " AND given_at <= ?",
                List.of(OffsetDateTime.ofInstant(time, ZoneOffset.UTC)));
    }

    private Map<String, Feedback> latestPerKey(String dealId, Scope visible, String until, List<Object> untilParams) {
        Map<String, Feedback> latest = new LinkedHashMap<>();
        List<Object> params = new ArrayList<>(List.of(dealId));
        params.addAll(visible.params());
        params.addAll(untilParams);
        for (Feedback f : db.sql("SELECT " + COLUMNS + " FROM feedback WHERE deal_id = ? AND " + visible.sql() + until
                + " ORDER BY given_at, id").params(params).query(FeedbackStore::feedback).list()) {
            latest.put(f.key(), f);
        }
        return latest;
    }

    /** The deals that have feedback: the only ones whose answers feedback can have changed. */
    Set<String> dealsWithFeedback() {
        return new HashSet<>(db.sql("SELECT DISTINCT deal_id FROM feedback").query(String.class).list());
    }

    /** A deal's feedback, newest first. */
    Page<Feedback> ofDeal(String dealId, Scope visible, Paging paging) {
        List<Object> params = new ArrayList<>(List.of(dealId));
        params.addAll(visible.params());
        return paging.read(db, "SELECT " + COLUMNS, "FROM feedback WHERE deal_id = ? AND " + visible.sql(), params,
                NEWEST_FIRST, FeedbackStore::feedback);
    }

    /** Feedback across deals, newest first, of one status and reason when given. */
    Page<Feedback> all(FeedbackStatus status, FeedbackReason reason, Scope visible, Paging paging) {
        StringBuilder where = new StringBuilder("FROM feedback WHERE " + visible.sql());
        List<Object> params = new ArrayList<>(visible.params());
        if (status != null) {
            where.append(" AND status = ?");
            params.add(status.name());
        }
        if (reason != null) {
            where.append(" AND reason = ?");
            params.add(reason.name());
        }
        return paging.read(db, "SELECT " + COLUMNS, where.toString(), params, NEWEST_FIRST, FeedbackStore::feedback);
    }

    private static Feedback feedback(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString("reason");
        Date until = rs.getDate("until_date");
        return new Feedback(rs.getString("id"), rs.getString("deal_id"), rs.getString("rec_key"),
                rs.getString("fingerprint"), rs.getString("code"), rs.getString("rule_name"),
                rs.getString("decision_id"), FeedbackStatus.valueOf(rs.getString("status")),
                reason == null ? null : FeedbackReason.valueOf(reason), rs.getString("comment"),
                until == null ? null : until.toLocalDate(), rs.getObject("given_at", OffsetDateTime.class).toInstant(),
                rs.getString("given_by"));
    }
}
