package com.commitment.advisor.security;

/**
 * The body of the admin endpoints on users: {@code name} and {@code role} to add one, {@code role} (and
 * {@code manager} for a REP) to change one, {@code password} optional (a random one is made and returned).
 */
record UserRequest(String name, UserRole role, String manager, String password) {
}
