package com.commitment.advisor.security;

import java.util.List;

/**
 * A SQL condition on a column that holds a user name (a deal's rep, who asked for an answer): true for the rows
 * the caller may see. {@code sql} is written to be and-ed into a WHERE clause; {@code params} fill its marks.
 */
public record Scope(String sql, List<Object> params) {

    /** Every row: for the command line, which holds the database itself. */
    public static final Scope ALL = new Scope("1 = 1", List.of());
    static final Scope NONE = new Scope("1 = 0", List.of());

    /** The rows of the caller, and for a manager those of the reps who name them too. */
    static Scope of(Caller caller, String column) {
        if (caller == null) {
            return NONE;
        }
        return switch (caller.role()) {
            case ADMIN, SALES_OPS -> ALL;
            case MANAGER -> new Scope("(" + column + " = ? OR " + column
                    + " IN (SELECT name FROM app_user WHERE manager = ?))", List.of(caller.name(), caller.name()));
            case REP -> new Scope(column + " = ?", List.of(caller.name()));
        };
    }
}
