package com.commitment.advisor.profile;

import java.util.Optional;
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

    Page<Customer> list(Paging paging) {
        long total = db.sql("SELECT COUNT(*) FROM customer").query(Long.class).single();
        return paging.of(db.sql("SELECT id, name, version FROM customer ORDER BY id LIMIT ? OFFSET ?")
                .params(paging.size(), paging.offset()).query(Customer.class).list(), total);
    }

    void insert(Customer customer) {
        db.sql("INSERT INTO customer (id, name, version) VALUES (?, ?, 1)")
                .params(customer.id(), customer.name()).update();
    }

    /** False when the customer is not at {@code version}: missing, or changed by someone else. */
    boolean update(Customer customer, long version) {
        return db.sql("UPDATE customer SET name = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(customer.name(), customer.id(), version).update() == 1;
    }
}
