package com.commitment.advisor.security;

/** What the audit trail records. */
public enum AuditAction {
    RULES_RELOADED, USER_ADDED, USER_ROLE_CHANGED, USER_PASSWORD_RESET, DEAL_REASSIGNED
}
