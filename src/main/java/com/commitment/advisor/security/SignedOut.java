package com.commitment.advisor.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the page sessions of a user whose role or password an admin changed: a session begun before the change is
 * dropped at its next request, which then counts as not signed in (an API call answers 401; the page goes back
 * to sign-in, told why). One record per changed user, kept as long as a session can live; nothing per request or
 * per session. Per instance.
 */
final class SignedOut extends OncePerRequestFilter {

    private final Cache<String, Instant> since;

    SignedOut(Duration sessionTimeout) {
        this.since = Caffeine.newBuilder().expireAfterWrite(sessionTimeout.plusMinutes(1)).build();
    }

    /** Sessions of {@code name} begun before now end. */
    void signOut(String name) {
        since.put(name, Instant.now());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && signedIn != null) {
            Instant changed = since.getIfPresent(signedIn.getName());
            if (changed != null && Instant.ofEpochMilli(session.getCreationTime()).isBefore(changed)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                if (!request.getRequestURI().startsWith("/api/")) {
                    response.sendRedirect("/login.html?expired");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
