package com.commitment.advisor.decision;

import com.commitment.advisor.model.Suppressed;
import com.commitment.advisor.profile.Page;
import com.commitment.advisor.profile.Paging;
import com.commitment.advisor.security.Access;
import com.commitment.advisor.security.Scope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The decision table: batches written in one transaction, read one by one or per deal, deleted by age. */
public final class DecisionStore {

    private static final String COLUMNS =
            "id, deal_id, decided_at, source, ruleset, language, request, masked, recommendations, suppressed, "
                    + "asked_by";
    /**
     * The deal of an answer asked on a stored deal ({@code POST /api/v1/deals/{id}/advice}), else null: a stateless
     * answer that happens to use a stored deal's id belongs to whoever asked for it, not to that deal's rep.
     */
    private static final String STORED_DEAL = "CASE WHEN source = 'DEAL' THEN deal_id END";

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<LoggedRecommendation>> RECOMMENDATIONS = new TypeReference<>() { };
    private static final TypeReference<List<Suppressed>> SUPPRESSED = new TypeReference<>() { };

    private final DataSource dataSource;
    private final JdbcClient db;
    private final JsonMapper json;

    public DecisionStore(DataSource dataSource, JsonMapper json) {
        this.dataSource = dataSource;
        this.db = JdbcClient.create(dataSource);
        this.json = json;
    }

    /** All or nothing, in one JDBC batch: one round trip and one commit for the lot. */
    void insert(List<Decision> decisions) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO decision (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Decision d : decisions) {
                    insert.setString(1, d.decisionId());
                    insert.setString(2, d.dealId());
                    insert.setObject(3, OffsetDateTime.ofInstant(d.time(), ZoneOffset.UTC));
                    insert.setString(4, d.source().name());
                    insert.setString(5, d.ruleset());
                    insert.setString(6, d.language());
                    insert.setString(7, d.request() == null ? null : json.writeValueAsString(d.request()));
                    insert.setString(8, json.writeValueAsString(d.masked()));
                    insert.setString(9, json.writeValueAsString(d.recommendations()));
                    insert.setString(10, json.writeValueAsString(d.suppressed()));
                    insert.setString(11, d.askedBy());
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** The answers the caller sees: those they (or, for a manager, their reps) asked, and those on their deals. */
    public static Scope visibleTo(Access access) {
        return access.answers("asked_by", STORED_DEAL);
    }

    Optional<Decision> find(String id, Scope visible) {
        List<Object> params = new ArrayList<>(List.of(id));
        params.addAll(visible.params());
        return db.sql("SELECT " + COLUMNS + " FROM decision WHERE id = ? AND " + visible.sql()).params(params)
                .query(this::decision).optional();
    }

    /** Newest first; the id orders decisions of the same instant, so pages do not overlap. */
    Page<Decision> ofDeal(String dealId, Scope visible, Paging paging) {
        List<Object> params = new ArrayList<>(List.of(dealId));
        params.addAll(visible.params());
        return paging.read(db, "SELECT " + COLUMNS, "FROM decision WHERE deal_id = ? AND " + visible.sql(), params,
                "decided_at DESC, id DESC", this::decision);
    }

    /**
     * The deal's latest decision the caller sees that gave a recommendation with this key (hex digits): what
     * feedback answers.
     */
    public Optional<Decision> latestWithKey(String dealId, String key, Scope visible) {
        if (!key.matches("[0-9a-f]+")) {
            return Optional.empty(); // no key has other characters, and they would be LIKE patterns
        }
        List<Object> params = new ArrayList<>(List.of(dealId, "%\"key\":\"" + key + "\"%"));
        params.addAll(visible.params());
        return db.sql("SELECT " + COLUMNS + " FROM decision WHERE deal_id = ? AND recommendations LIKE ? AND "
                + visible.sql() + " ORDER BY decided_at DESC, id DESC LIMIT 1")
                .params(params).query(this::decision).optional();
    }

    /**
     * A page of up to {@code limit} decisions from {@code from} to before {@code to}, oldest first, that come after
     * {@code last} (the last of the page before; null for the first page). The id orders decisions of one instant.
     */
    public List<Decision> between(Instant from, Instant to, Decision last, int limit) {
        OffsetDateTime after = OffsetDateTime.ofInstant(last == null ? from : last.time(), ZoneOffset.UTC);
        String afterId = last == null ? "" : last.decisionId();
        return db.sql("SELECT " + COLUMNS + " FROM decision WHERE decided_at >= ? AND decided_at < ?"
                + " AND (decided_at > ? OR (decided_at = ? AND id > ?)) ORDER BY decided_at, id LIMIT ?")
                .params(OffsetDateTime.ofInstant(from, ZoneOffset.UTC), OffsetDateTime.ofInstant(to, ZoneOffset.UTC),
                        after, after, afterId, limit)
                .query(this::decision).list();
    }

    /** How many decisions from before {@code cutoff} were deleted. */
    int deleteBefore(Instant cutoff) {
        return db.sql("DELETE FROM decision WHERE decided_at < ?")
                .param(OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)).update();
    }

    private Decision decision(ResultSet rs, int row) throws SQLException {
        String request = rs.getString("request");
        String suppressed = rs.getString("suppressed");
        return new Decision(rs.getString("id"), rs.getString("deal_id"),
                rs.getObject("decided_at", OffsetDateTime.class).toInstant(), Source.valueOf(rs.getString("source")),
                rs.getString("ruleset"), rs.getString("language"), request == null ? null : json.readTree(request),
                json.readValue(rs.getString("masked"), STRINGS),
                json.readValue(rs.getString("recommendations"), RECOMMENDATIONS),
                suppressed == null ? List.of() : json.readValue(suppressed, SUPPRESSED), rs.getString("asked_by"));
    }
}
