package com.commitment.advisor.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the current caller may see, for the stores and services that filter by it. Endpoints a role may not call
 * at all are closed in {@link SecurityConfiguration}; here is what stays: whose deals, customers and answers.
 */
@Component
public class Access {

    private final UserStore users;
    private final JdbcClient db;

    Access(UserStore users, JdbcClient db) {
        this.users = users;
        this.db = db;
    }

    public Caller caller() {
        return Caller.current();
    }

    /**
     * Whether the caller sees what {@code owner} owns (a deal's rep, a customer's creator): their own, their reps'
     * for a manager, everything for an admin. Rows with no owner (from before users existed) only an admin sees.
     */
    public boolean maySee(String owner) {
        Caller caller = caller();
        if (caller == null) {
            return false;
        }
        return switch (caller.role()) {
            case ADMIN -> true;
            case SALES_OPS -> false;
            case REP -> Objects.equals(owner, caller.name());
            case MANAGER -> owner != null && (owner.equals(caller.name())
                    || users.managerOf(owner).filter(caller.name()::equals).isPresent());
        };
    }

    /** May change what {@code owner} owns: only the owning rep. */
    public boolean mayChange(String owner) {
        Caller caller = caller();
        return caller != null && caller.role() == UserRole.REP && Objects.equals(owner, caller.name());
    }

    /**
     * The answers and feedback the caller sees: those of the users {@code userColumn} names that they see, and
     * all of the stored deals they see ({@code dealColumn} is the deal id, or an expression that gives it for the
     * rows that belong to the stored deal). Sales-ops and admins see all.
     */
    public Scope answers(String userColumn, String dealColumn) {
        return answersOf(caller(), userColumn, dealColumn);
    }

    /** Like {@link #answers}, for a caller named outside their request: the user who asked an answer of the past. */
    public static Scope answersOf(Caller caller, String userColumn, String dealColumn) {
        if (caller == null || caller.role() == UserRole.ADMIN || caller.role() == UserRole.SALES_OPS) {
            return Scope.of(caller, userColumn);
        }
        Scope byUser = Scope.of(caller, userColumn);
        Scope deals = Scope.of(caller, "rep");
        List<Object> params = new ArrayList<>(byUser.params());
        params.addAll(deals.params());
        return new Scope("(" + byUser.sql() + " OR " + dealColumn + " IN (SELECT id FROM deal WHERE " + deals.sql()
                + "))", params);
    }

    /** Whether a deal with this id is stored and the caller may not see it: then it answers 404, as if not stored. */
    public boolean hidden(String dealId) {
        Caller caller = caller();
        if (caller != null && caller.role() == UserRole.SALES_OPS) {
            return false;
        }
        return db.sql("SELECT rep FROM deal WHERE id = ?").param(dealId)
                .query((rs, row) -> Optional.ofNullable(rs.getString("rep"))).optional()
                .map(rep -> !maySee(rep.orElse(null))).orElse(false);
    }

    /**
     * The deals and customers the caller sees, by {@code column} (their rep, their creator): their own, their reps'
     * for a manager, all for an admin, none for sales-ops (not theirs to read).
     */
    public Scope dealScope(String column) {
        Caller caller = caller();
        return caller != null && caller.role() == UserRole.SALES_OPS ? Scope.NONE : Scope.of(caller, column);
    }

    /**
     * The stored deals whose outcome a report may count (never show one by one), by their rep {@code column}: all
     * for sales-ops and admins, their own and their reps' for a manager.
     */
    public Scope countedDeals(String column) {
        return Scope.of(caller(), column);
    }
}
