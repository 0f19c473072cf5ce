package com.commitment.advisor.profile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** A customer's people and each person's dated events, from which the support history is read. */
@Repository
class PersonStore {

    /**
     * A person with the support level of their latest event that set one. Columns are named as the record's fields,
     * so the row mapper finds each at the first try (H2 would write every miss to its trace file).
     */
    private static final String PERSON = """
            SELECT p.id, p.name, p.title, p.concept, p.personal_win AS personalWin,
                   (SELECT e.support FROM person_event e
                     WHERE e.customer_id = p.customer_id AND e.person_id = p.id AND e.support IS NOT NULL
                     ORDER BY e.happened_on DESC, e.id DESC LIMIT 1) AS support,
                   p.version
              FROM customer_person p
            """;
    private static final String EVENT =
            "SELECT id, happened_on, what, support, deal_id, version FROM person_event ";

    private final JdbcClient db;

    PersonStore(JdbcClient db) {
        this.db = db;
    }

    Optional<CustomerPerson> find(String customerId, String id) {
        return db.sql(PERSON + " WHERE p.customer_id = ? AND p.id = ?").params(customerId, id)
                .query(CustomerPerson.class).optional();
    }

    Page<CustomerPerson> list(String customerId, Paging paging) {
        long total = db.sql("SELECT COUNT(*) FROM customer_person WHERE customer_id = ?").param(customerId)
                .query(Long.class).single();
        return paging.of(db.sql(PERSON + " WHERE p.customer_id = ? ORDER BY p.id LIMIT ? OFFSET ?")
                .params(customerId, paging.size(), paging.offset()).query(CustomerPerson.class).list(), total);
    }

    List<CustomerPerson> findAll(String customerId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql(PERSON + " WHERE p.customer_id = :customer AND p.id IN (:ids)")
                .param("customer", customerId).param("ids", ids).query(CustomerPerson.class).list();
    }

    void insert(String customerId, CustomerPerson person) {
        db.sql("""
                INSERT INTO customer_person (customer_id, id, name, title, concept, personal_win, version)
                VALUES (?, ?, ?, ?, ?, ?, 1)""")
                .params(customerId, person.id(), person.name(), person.title(), person.concept(),
                        person.personalWin()).update();
    }

    /** False when the person is not at {@code version}: missing, or changed by someone else. */
    boolean update(String customerId, CustomerPerson person, long version) {
        return db.sql("""
                UPDATE customer_person SET name = ?, title = ?, concept = ?, personal_win = ?, version = version + 1
                 WHERE customer_id = ? AND id = ? AND version = ?""")
                .params(person.name(), person.title(), person.concept(), person.personalWin(), customerId,
                        person.id(), version).update() == 1;
    }

    Optional<PersonEvent> findEvent(String customerId, String personId, long id) {
        return db.sql(EVENT + "WHERE customer_id = ? AND person_id = ? AND id = ?").params(customerId, personId, id)
                .query(PersonStore::event).optional();
    }

    /** Oldest first: the log reads as it happened. */
    Page<PersonEvent> events(String customerId, String personId, Paging paging) {
        long total = db.sql("SELECT COUNT(*) FROM person_event WHERE customer_id = ? AND person_id = ?")
                .params(customerId, personId).query(Long.class).single();
        return paging.of(db.sql(EVENT + "WHERE customer_id = ? AND person_id = ? ORDER BY happened_on, id "
                        + "LIMIT ? OFFSET ?")
                .params(customerId, personId, paging.size(), paging.offset()).query(PersonStore::event)
                .list(), total);
    }

    long insertEvent(String customerId, String personId, PersonEvent event) {
        KeyHolder key = new GeneratedKeyHolder();
        db.sql("""
                INSERT INTO person_event (customer_id, person_id, happened_on, what, support, deal_id, version)
                VALUES (?, ?, ?, ?, ?, ?, 1)""")
                .params(customerId, personId, event.date(), event.what(), event.support(), event.dealId())
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /** False when the event is not at {@code version}: missing, or changed by someone else. */
    boolean updateEvent(String customerId, String personId, long id, PersonEvent event, long version) {
        return db.sql("""
                UPDATE person_event SET happened_on = ?, what = ?, support = ?, deal_id = ?, version = version + 1
                 WHERE customer_id = ? AND person_id = ? AND id = ? AND version = ?""")
                .params(event.date(), event.what(), event.support(), event.dealId(), customerId, personId, id,
                        version).update() == 1;
    }

    /** The events that set a support level, oldest first, each with the level before it. */
    Page<SupportChange> supportHistory(String customerId, String personId, Paging paging) {
        long total = db.sql("SELECT COUNT(*) FROM person_event WHERE customer_id = ? AND person_id = ? "
                        + "AND support IS NOT NULL")
                .params(customerId, personId).query(Long.class).single();
        return paging.of(db.sql("""
                        SELECT happened_on, LAG(support) OVER (ORDER BY happened_on, id) AS support_before, support,
                               what, id, deal_id
                          FROM person_event
                         WHERE customer_id = ? AND person_id = ? AND support IS NOT NULL
                         ORDER BY happened_on, id LIMIT ? OFFSET ?""")
                .params(customerId, personId, paging.size(), paging.offset())
                .query((rs, row) -> new SupportChange(rs.getObject("happened_on", LocalDate.class),
                        Rows.integer(rs, "support_before"), rs.getInt("support"), rs.getString("what"),
                        rs.getLong("id"), rs.getString("deal_id")))
                .list(), total);
    }

    private static PersonEvent event(ResultSet rs, int row) throws SQLException {
        return new PersonEvent(rs.getLong("id"), rs.getObject("happened_on", LocalDate.class),
                rs.getString("what"), Rows.integer(rs, "support"), rs.getString("deal_id"), rs.getLong("version"));
    }
}
