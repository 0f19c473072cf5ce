package com.commitment.advisor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The admin token of automation ({@code advisor.admin-token}): {@code Authorization: Bearer <token>} signs in as
 * {@value #NAME} with the SALES_OPS role, on the rules endpoints only. Unset, no token signs in.
 */
final class AdminToken extends OncePerRequestFilter {

    static final String NAME = "admin-token";
    private static final String BEARER = "Bearer ";

    private final byte[] token;

    AdminToken(String configured) {
        this.token = configured == null || configured.isBlank() ? null : configured.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether {@code value} is the admin token, so that the JWT reader leaves it alone. */
    boolean matches(String value) {
        return token != null && value != null && MessageDigest.isEqual(token, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return token == null || !(path.equals("/api/v1/rules") || path.startsWith("/api/v1/rules/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.startsWith(BEARER) && matches(header.substring(BEARER.length()))) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    NAME, null, List.of(new SimpleGrantedAuthority(UserRole.SALES_OPS.authority()))));
        }
        chain.doFilter(request, response);
    }
}
