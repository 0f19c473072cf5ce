package com.commitment.advisor.security;

import java.time.Instant;

/** One line of the audit trail: who did what to which user, deal or rule set, when. */
public record AuditEvent(long id, Instant at, String actor, AuditAction action, String target, String detail) {
}
