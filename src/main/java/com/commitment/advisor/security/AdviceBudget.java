package com.commitment.advisor.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A budget of advice calls per user (a token bucket that refills {@code perMinute} a minute), so one script
 * cannot starve everyone: beyond it, 429 with {@code Retry-After}. Kept in this process's memory: with several
 * instances each holds its own budget.
 */
final class AdviceBudget extends OncePerRequestFilter {

    private final double perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10))
            .build();

    AdviceBudget(int perMinute) {
        this.perMinute = perMinute;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !AdviceCalls.is(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = Caller.currentName();
        long waitSeconds = user == null ? 0 : buckets.get(user, name -> new Bucket(perMinute)).take();
        if (waitSeconds > 0) {
            ProblemAnswers.tooMany(response, waitSeconds, "You asked for advice more than " + (int) perMinute
                    + " times in a minute (advisor.security.advice-per-minute). Try again in " + waitSeconds + " s.",
                    request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }

    /** Holds up to a minute's budget; each call takes one. */
    private static final class Bucket {

        private final double capacity;
        private final double perNano;
        private double tokens;
        private long last = System.nanoTime();

        Bucket(double perMinute) {
            this.capacity = perMinute;
            this.perNano = perMinute / Duration.ofMinutes(1).toNanos();
            this.tokens = perMinute;
        }

        /** 0 when a call may go ahead, else the whole seconds until one may. */
        synchronized long take() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
        }
    }
}
