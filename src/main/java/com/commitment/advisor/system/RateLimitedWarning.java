package com.commitment.advisor.system;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * A warning at most once per period with the count since the last one: a full queue under load or a database
 * that is down would otherwise write a line per request.
 */
public final class RateLimitedWarning {

    private final Logger log;
    private final String message;
    private final long periodNanos;
    private final AtomicLong uncounted = new AtomicLong();
    private final AtomicLong nextAt;

    /** {@code message} has two placeholders: the count, then the detail given to {@link #add}. */
    public RateLimitedWarning(Logger log, String message, Duration period) {
        this.log = log;
        this.message = message;
        this.periodNanos = period.toNanos();
        this.nextAt = new AtomicLong(System.nanoTime());
    }

    public void add(long count, String detail) {
        uncounted.addAndGet(count);
        long now = System.nanoTime();
        long next = nextAt.get();
        if (now - next >= 0 && nextAt.compareAndSet(next, now + periodNanos)) {
            log.warn(message, uncounted.getAndSet(0), detail);
        }
    }
}
