package com.commitment.advisor.security;

import java.time.Instant;

/** A user as the admin endpoints and the {@code users} command show it: never the password hash. */
public record AdvisorUser(String name, UserRole role, String manager, Instant createdAt) {
}
