package com.commitment.advisor.security;

import java.util.Set;

/**
 * What a user may do. REP: their own deals, the customers of those deals, advice and feedback on them. MANAGER:
 * reads the deals of the reps who name them, and their feedback. SALES_OPS: the rules, all feedback and the decision
 * log, no deals. ADMIN: users, the audit trail, and handing deals to another rep.
 */
public enum UserRole {
    REP, MANAGER, SALES_OPS, ADMIN;

    /** The roles that may ask for advice on facts they send: over HTTP ({@code POST /api/v1/advice}) or as events. */
    public static final Set<UserRole> ASK_FOR_ADVICE = Set.of(REP, MANAGER, SALES_OPS);

    /** The authority Spring Security checks, {@code ROLE_REP} and so on. */
    public String authority() {
        return "ROLE_" + name();
    }
}
