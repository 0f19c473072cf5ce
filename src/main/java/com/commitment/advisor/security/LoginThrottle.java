package com.commitment.advisor.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing: after {@code limit} failed sign-ins for one user name, or from one address, sign-in
 * with a password pauses for them until {@code pause} has passed since the last failure (429 with
 * {@code Retry-After} for HTTP Basic, back to the form with a notice for the page). A success clears the name.
 */
final class LoginThrottle extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final int limit;
    private final Duration pause;
    private final Cache<String, AtomicInteger> failures;
    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

    LoginThrottle(int limit, Duration pause) {
        this.limit = limit;
        this.pause = pause;
        this.failures = Caffeine.newBuilder().expireAfterWrite(pause).maximumSize(100_000).build();
    }

    /** Failed password sign-ins only: a refused bearer token (an expired one, say) is no password guess. */
    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        count("user:" + event.getAuthentication().getName());
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            count("address:" + details.getRemoteAddress());
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.invalidate("user:" + event.getAuthentication().getName());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI());
        String user = form ? request.getParameter("username") : basicUser(request);
        if ((form || user != null) && (paused("user:" + user) || paused("address:" + request.getRemoteAddr()))) {
            if (form) {
                response.sendRedirect("/login.html?paused");
            } else {
                ProblemAnswers.tooMany(response, pause.toSeconds(), "Too many failed sign-ins for this user or from "
                        + "this address: sign-in pauses for " + pause.toMinutes() + " min after the last one.",
                        request.getRequestURI());
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private void count(String key) {
        AtomicInteger counted = failures.get(key, k -> new AtomicInteger());
        int count = counted.incrementAndGet();
        failures.put(key, counted); // a write restarts the pause from this failure
        if (count == limit) {
            log.warn("sign-in paused for {} after {} failures", key, count);
        }
    }

    private boolean paused(String key) {
        AtomicInteger count = failures.getIfPresent(key);
        return count != null && count.get() >= limit;
    }

    /** The user name of an HTTP Basic header, read as Spring Security reads it; null without one. */
    private String basicUser(HttpServletRequest request) {
        try {
            UsernamePasswordAuthenticationToken credentials = basic.convert(request);
            return credentials == null ? null : credentials.getName();
        } catch (AuthenticationException malformed) {
            return null;
        }
    }
}
