package com.commitment.advisor.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking: their user name and the role that decides which deals they see. A token with several roles
 * sees through the widest: ADMIN, then MANAGER, then REP, then SALES_OPS (who sees no deals).
 */
public record Caller(String name, UserRole role) {

    private static final UserRole[] WIDEST_FIRST = {UserRole.ADMIN, UserRole.MANAGER, UserRole.REP, UserRole.SALES_OPS};

    /** The caller of the request being served; null outside a request (the batch command, say). */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return null;
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return Arrays.stream(WIDEST_FIRST).filter(role -> authorities.contains(role.authority())).findFirst()
                .map(role -> new Caller(authentication.getName(), role)).orElse(null);
    }

    /** The current caller's name, or null outside a request. */
    public static String currentName() {
        Caller caller = current();
        return caller == null ? null : caller.name();
    }
}
