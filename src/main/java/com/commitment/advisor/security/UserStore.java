package com.commitment.advisor.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code app_user} table. Plain JDBC so that the {@code users} command can use it without the service. */
public final class UserStore {

    private static final String COLUMNS = "name, role, manager, created_at";

    private final JdbcClient db;

    public UserStore(JdbcClient db) {
        this.db = db;
    }

    /** The user and their password hash, for signing in. */
    record WithPassword(AdvisorUser user, String password) {
    }

    Optional<WithPassword> withPassword(String name) {
        return db.sql("SELECT " + COLUMNS + ", password FROM app_user WHERE name = ?").param(name)
                .query((rs, row) -> new WithPassword(user(rs, row), rs.getString("password"))).optional();
    }

    public Optional<AdvisorUser> find(String name) {
        return db.sql("SELECT " + COLUMNS + " FROM app_user WHERE name = ?").param(name).query(UserStore::user)
                .optional();
    }

    public List<AdvisorUser> all() {
        return db.sql("SELECT " + COLUMNS + " FROM app_user ORDER BY name").query(UserStore::user).list();
    }

    public long count() {
        return db.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    /** The manager a rep names; empty for an unknown user or one without a manager. */
    Optional<String> managerOf(String name) {
        return db.sql("SELECT manager FROM app_user WHERE name = ?").param(name).query(String.class).optional();
    }

    void insert(AdvisorUser user, String passwordHash) {
        db.sql("INSERT INTO app_user (name, password, role, manager, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(user.name(), passwordHash, user.role().name(), user.manager(),
                        OffsetDateTime.ofInstant(user.createdAt(), ZoneOffset.UTC))
                .update();
    }

    boolean setRole(String name, UserRole role, String manager) {
        return db.sql("UPDATE app_user SET role = ?, manager = ? WHERE name = ?")
                .params(role.name(), manager, name).update() == 1;
    }

    boolean setPassword(String name, String passwordHash) {
        return db.sql("UPDATE app_user SET password = ? WHERE name = ?").params(passwordHash, name).update() == 1;
    }

    private static AdvisorUser user(ResultSet rs, int row) throws SQLException {
        return new AdvisorUser(rs.getString("name"), UserRole.valueOf(rs.getString("role")), rs.getString("manager"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
