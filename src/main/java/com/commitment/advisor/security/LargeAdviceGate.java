package com.commitment.advisor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Advises at most {@code atOnce} large requests at a time (a body of {@code largeBytes} or more, or of a length
 * not declared); the next ones wait up to {@code wait}, then get 503 with {@code Retry-After}. A request at the
 * size limits costs a hundred ordinary ones: a burst of them must not take every core from everyone else.
 */
final class LargeAdviceGate extends OncePerRequestFilter {

    private final long largeBytes;
    private final Semaphore large;
    private final Duration wait;

    LargeAdviceGate(long largeBytes, int atOnce, Duration wait) {
        this.largeBytes = largeBytes;
        this.large = new Semaphore(atOnce, true);
        this.wait = wait;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        return !AdviceCalls.is(request) || length >= 0 && length < largeBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = large.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            ProblemAnswers.busy(response, Math.max(1, wait.toSeconds()), "The advisor is busy with other large "
                    + "requests (bodies of " + largeBytes + " bytes or more, advisor.security.large-advice-bytes); "
                    + "try again shortly.", request.getRequestURI());
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            large.release();
        }
    }
}
