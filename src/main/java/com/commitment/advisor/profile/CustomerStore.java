package com.commitment.advisor.profile;

import com.commitment.advisor.security.Access;
import com.commitment.advisor.security.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customers in the database. Writes bump the version; an update names the version it expects. */
@Repository
class CustomerStore {

    private final JdbcClient db;

    CustomerStore(JdbcClient db) {
        this.db = db;
    }

    Optional<Customer> find(String id) {
        return db.sql("SELECT id, name, version FROM customer WHERE id = ?").param(id).query(Customer.class)
                .optional();
    }

    /** The customer, when the caller sees it: they created it, or they see one of its deals. */
    Optional<Customer> findVisible(String id, Access access) {
        List<Object> params = new ArrayList<>(List.of(id));
        return db.sql("SELECT id, name, version FROM customer WHERE id = ? AND " + visible(access, params))
                .params(params).query(Customer.class).optional();
    }

    Page<Customer> list(Paging paging, Access access) {
        List<Object> params = new ArrayList<>();
        String from = "FROM customer WHERE " + visible(access, params);
        return paging.read(db, "SELECT id, name, version", from, params, "id",
                new DataClassRowMapper<>(Customer.class));
    }

    /** The condition that the caller sees the customer, its parameters added to {@code params}. */
    private static String visible(Access access, List<Object> params) {
        Scope creator = access.dealScope("created_by");
        Scope rep = access.dealScope("rep");
        params.addAll(creator.params());
        params.addAll(rep.params());
        return "(" + creator.sql() + " OR EXISTS (SELECT 1 FROM deal WHERE deal.customer_id = customer.id AND "
                + rep.sql() + "))";
    }

    void insert(Customer customer, String createdBy) {
        db.sql("INSERT INTO customer (id, name, version, created_by) VALUES (?, ?, 1, ?)")
                .params(customer.id(), customer.name(), createdBy).update();
    }

    /** False when the customer is not at {@code version}: missing, or changed by someone else. */
    boolean update(Customer customer, long version) {
        return db.sql("UPDATE customer SET name = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(customer.name(), customer.id(), version).update() == 1;
    }
}
