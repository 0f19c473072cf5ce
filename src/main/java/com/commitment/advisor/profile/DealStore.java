package com.commitment.advisor.profile;

import com.commitment.advisor.model.AskResult;
import com.commitment.advisor.model.Deal;
import com.commitment.advisor.model.HistoryEntry;
import com.commitment.advisor.model.Stage;
import com.commitment.advisor.security.Scope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored deals: the deal's facts, its role table and its history of asks, written together in one transaction. */
@Repository
class DealStore {

    private static final String COLUMNS = """
            SELECT id, customer_id, customer, stage, decided_on, last_advance_on, as_of, owner, budget,
                   customer_timeline, target_close_on, version, rep""";
    private static final String DEAL = COLUMNS + " FROM deal";

    private final JdbcClient db;

    DealStore(JdbcClient db) {
        this.db = db;
    }

    Optional<DealDocument> find(String id) {
        return db.sql(DEAL + " WHERE id = ?").param(id).query(DealStore::header).optional()
                .map(header -> new DealDocument(header.customerId(), header.version(), header.sealed(),
                        header.rep(), header.deal(), roleTable(id), history(id)));
    }

    /** The customer's deals whose rep {@code reps} covers. */
    Page<DealSummary> ofCustomer(String customerId, Scope reps, Paging paging) {
        List<Object> params = new ArrayList<>(List.of(customerId));
        params.addAll(reps.params());
        Page<Header> found = paging.read(db, COLUMNS, "FROM deal WHERE customer_id = ? AND " + reps.sql(), params,
                "id", DealStore::header);
        return paging.of(found.items().stream()
                .map(h -> new DealSummary(h.deal().id(), h.deal().stage(), h.sealed(), h.version(), h.rep()))
                .toList(), found.total());
    }

    /**
     * Deals whose rep {@code reps} covers and whose id or customer contains {@code text} (any case; all when
     * blank), by id: filtered before paging, so every page is full.
     */
    Page<Header> search(String text, Scope reps, Paging paging) {
        String where = "FROM deal WHERE " + reps.sql();
        List<Object> params = new ArrayList<>(reps.params());
        if (text != null && !text.isBlank()) {
            where += " AND (LOWER(id) LIKE ? OR LOWER(COALESCE(customer, '')) LIKE ?)";
            String pattern = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(pattern);
            params.add(pattern);
        }
        return paging.read(db, COLUMNS, where, params, "id", DealStore::header);
    }

    void insert(DealDocument document, String rep) {
        List<Object> params = new ArrayList<>(facts(document));
        params.add(rep);
        db.sql("""
                INSERT INTO deal (customer_id, customer, stage, decided_on, last_advance_on, as_of, owner, budget,
                                  customer_timeline, target_close_on, id, rep, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                .params(params).update();
        insertRows(document.deal().id(), document);
    }

    /** Hands the deal to another rep; a new version, so a rep's stale copy cannot overwrite the handover. */
    boolean reassign(String id, String rep) {
        return db.sql("UPDATE deal SET rep = ?, version = version + 1 WHERE id = ?").params(rep, id).update() == 1;
    }

    /** False when the deal is not at {@code version}: missing, or changed by someone else. Nothing is written then. */
    boolean replace(DealDocument document, long version) {
        List<Object> params = new ArrayList<>(facts(document));
        params.add(version);
        boolean updated = db.sql("""
                UPDATE deal SET customer_id = ?, customer = ?, stage = ?, decided_on = ?, last_advance_on = ?,
                                as_of = ?, owner = ?, budget = ?, customer_timeline = ?, target_close_on = ?,
                                version = version + 1
                 WHERE id = ? AND version = ?""").params(params).update() == 1;
        if (updated) {
            db.sql("DELETE FROM deal_person WHERE deal_id = ?").param(document.deal().id()).update();
            db.sql("DELETE FROM deal_history WHERE deal_id = ?").param(document.deal().id()).update();
            insertRows(document.deal().id(), document);
        }
        return updated;
    }

    private static List<Object> facts(DealDocument document) {
        Deal deal = document.deal();
        return Arrays.asList(document.customerId(), deal.customer(),
                deal.stage() == null ? null : deal.stage().name(), deal.decidedOn(), deal.lastAdvanceOn(),
                deal.asOf(), deal.owner(), deal.budget(), deal.customerTimeline(), deal.targetCloseOn(), deal.id());
    }

    private void insertRows(String dealId, DealDocument document) {
        for (int i = 0; i < document.people().size(); i++) {
            RoleTableRow p = document.people().get(i);
            db.sql("""
                    INSERT INTO deal_person (deal_id, seq, id, name, title, role, influence, support, concept,
                                             personal_win, effort, reason, remedy)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(dealId, i, p.id(), p.name(), p.title(), p.role() == null ? null : p.role().name(),
                            p.influence(), p.support(), p.concept(), p.personalWin(), p.effort(), p.reason(),
                            p.remedy())
                    .update();
        }
        for (int i = 0; i < document.history().size(); i++) {
            HistoryEntry h = document.history().get(i);
            db.sql("""
                    INSERT INTO deal_history (deal_id, seq, asked_on, asked_of, action, result, said)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(dealId, i, h.date(), h.of(), h.action(), h.result() == null ? null : h.result().name(),
                            h.said())
                    .update();
        }
    }

    private List<RoleTableRow> roleTable(String dealId) {
        return db.sql("""
                SELECT id, name, title, role, influence, support, concept, personal_win AS personalWin, effort, reason,
                       remedy
                  FROM deal_person WHERE deal_id = ? ORDER BY seq""").param(dealId).query(RoleTableRow.class).list();
    }

    private List<HistoryEntry> history(String dealId) {
        return db.sql("SELECT asked_on, asked_of, action, result, said FROM deal_history WHERE deal_id = ? ORDER BY seq")
                .param(dealId)
                .query((rs, row) -> new HistoryEntry(rs.getObject("asked_on", LocalDate.class),
                        rs.getString("asked_of"), rs.getString("action"),
                        rs.getString("result") == null ? null : AskResult.valueOf(rs.getString("result")),
                        rs.getString("said")))
                .list();
    }

    /** A stored deal without its role table and history. */
    record Header(String customerId, Deal deal, long version, String rep) {
        boolean sealed() {
            return DealDocument.sealedAt(deal.stage());
        }
    }

    private static Header header(ResultSet rs, int row) throws SQLException {
        String stage = rs.getString("stage");
        Deal deal = new Deal(rs.getString("id"), rs.getString("customer"), stage == null ? null : Stage.valueOf(stage),
                rs.getObject("decided_on", LocalDate.class), rs.getObject("last_advance_on", LocalDate.class),
                rs.getObject("as_of", LocalDate.class), rs.getString("owner"), rs.getString("budget"),
                rs.getString("customer_timeline"), rs.getObject("target_close_on", LocalDate.class));
        return new Header(rs.getString("customer_id"), deal, rs.getLong("version"), rs.getString("rep"));
    }
}
