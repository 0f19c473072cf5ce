package com.commitment.advisor.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the admin endpoints ({@code /api/v1/rules/**}) to anyone without the configured bearer token:
 * 401 without a token, 403 with a wrong one or when no token is configured. Advice stays open.
 */
@Component
class AdminTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private final byte[] token;

    AdminTokenFilter(AdvisorProperties properties) {
        String configured = properties.adminToken();
        this.token = configured == null || configured.isBlank() ? null : configured.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.equals("/api/v1/rules") || path.startsWith("/api/v1/rules/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (token == null) {
            Problems.write(response, Problems.of(HttpStatus.FORBIDDEN, "admin-closed", "Admin endpoints closed",
                    "No admin token is configured: set advisor.admin-token (ADVISOR_ADMIN_TOKEN) to open them."));
        } else if (header == null || !header.startsWith(BEARER)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "admin-token-missing",
                    "Admin token required", "Send the admin token as: Authorization: Bearer <token>."));
        } else if (!MessageDigest.isEqual(token, header.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8))) {
            Problems.write(response, Problems.of(HttpStatus.FORBIDDEN, "admin-token-wrong", "Wrong admin token",
                    "The admin token does not match."));
        } else {
            chain.doFilter(request, response);
        }
    }
}
