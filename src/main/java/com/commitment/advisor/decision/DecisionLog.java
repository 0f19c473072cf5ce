package com.commitment.advisor.decision;

import com.commitment.advisor.model.Advice;
import com.commitment.advisor.system.RateLimitedWarning;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decision log: answers are queued by the request path (never waiting, dropped and counted when the queue is
 * full) and written by one background thread in batches, at least every {@code flush-interval}. A failed batch is
 * counted and warned about, never retried: advice must not depend on the database. Closing writes what is queued.
 */
public final class DecisionLog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DecisionLog.class);
    private static final Duration WARN_EVERY = Duration.ofSeconds(10);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final DecisionSettings settings;
    private final DecisionStore store;
    private final JsonMapper json;
    private final JsonMask mask;
    private final Clock clock;
    private final BlockingQueue<Decided> queue;
    private final AtomicLong queuedBytes = new AtomicLong();
    private final Counter logged;
    private final Counter dropped;
    private final Counter unlogged;
    private final RateLimitedWarning droppedWarning = new RateLimitedWarning(log, "decision log dropped {} decisions"
            + " (advisor.decisions.dropped; this warning at most every 10 s): the queue is full ({})", WARN_EVERY);
    private final RateLimitedWarning unloggedWarning = new RateLimitedWarning(log, "decision log could not write {}"
            + " decisions (advisor.decisions.unlogged; this warning at most every 10 s): {}", WARN_EVERY);
    private final Thread writer;
    private volatile boolean closing;

    private DecisionLog(DecisionSettings settings, DecisionStore store, JsonMapper json, MeterRegistry meters,
            Clock clock) {
        this.settings = settings;
        this.store = store;
        this.json = json;
        this.mask = JsonMask.of(settings.mask());
        this.clock = clock;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.logged = meters.counter("advisor.decisions.logged");
        this.dropped = meters.counter("advisor.decisions.dropped");
        this.unlogged = meters.counter("advisor.decisions.unlogged");
        meters.gauge("advisor.decisions.queued", queue, BlockingQueue::size);
        this.writer = new Thread(this::writeUntilClosed, "decision-log-writer");
        this.writer.setDaemon(true);
    }

    /** The log, its writer started unless {@code advisor.decisions.enabled} is false. */
    public static DecisionLog start(DecisionSettings settings, DecisionStore store, JsonMapper json,
            MeterRegistry meters, Clock clock) {
        DecisionLog decisions = new DecisionLog(settings, store, json, meters, clock);
        if (settings.enabled()) {
            decisions.writer.start();
            log.info("decision log on: queue of {} answers or {}, written at least every {} ms, masking {}",
                    settings.queueCapacity(), settings.queueBytes(), settings.flushInterval().toMillis(),
                    settings.mask());
        } else {
            log.info("decision log off (advisor.decisions.enabled=false)");
        }
        return decisions;
    }

    /** Queues one answer for the log; drops it when the queue is full, in count or in bytes. Never waits. */
    public void record(Advice advice, String language, Source source, byte[] request, String askedBy) {
        if (!settings.enabled()) {
            return;
        }
        long bytes = size(request);
        if (queuedBytes.addAndGet(bytes) > settings.queueBytes().toBytes()
                || !queue.offer(new Decided(advice, language, request, clock.instant(), source, askedBy))) {
            queuedBytes.addAndGet(-bytes);
            dropped.increment();
            droppedWarning.add(1, "advisor.decisions.queue-capacity " + settings.queueCapacity() + ", queue-bytes "
                    + settings.queueBytes());
        }
    }

    /** Like {@link #record}, but waits for room: for the batch command, where waiting delays no one's answer. */
    public void recordWaiting(Advice advice, String language, Source source, byte[] request)
            throws InterruptedException {
        if (settings.enabled()) {
            queuedBytes.addAndGet(size(request));
            queue.put(new Decided(advice, language, request, clock.instant(), source, null));
        }
    }

    public long loggedCount() {
        return (long) logged.count();
    }

    public long lostCount() {
        return (long) (dropped.count() + unlogged.count());
    }

    /** Writes what is queued, waiting up to half a minute for the database. */
    @Override
    public void close() throws InterruptedException {
        if (!writer.isAlive()) {
            return;
        }
        closing = true;
        writer.join(CLOSE_WAIT.toMillis());
        if (writer.isAlive()) {
            log.warn("decision log: gave up writing the last {} decisions after {} s", queue.size(),
                    CLOSE_WAIT.toSeconds());
        }
    }

    private void writeUntilClosed() {
        List<Decided> batch = new ArrayList<>(settings.batchSize());
        while (!closing) {
            collect(batch);
            write(batch);
        }
        while (queue.drainTo(batch, settings.batchSize()) > 0) {
            write(batch);
        }
    }

    /** Fills the batch until it is full or the flush interval has passed. */
    private void collect(List<Decided> batch) {
        long deadline = System.nanoTime() + settings.flushInterval().toNanos();
        try {
            while (batch.size() < settings.batchSize()) {
                long left = deadline - System.nanoTime();
                Decided next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
                if (next == null) {
                    return;
                }
                batch.add(next);
                queue.drainTo(batch, settings.batchSize() - batch.size());
            }
        } catch (InterruptedException e) {
            closing = true; // only a shutdown interrupts this thread: write what is left and stop
        }
    }

    private void write(List<Decided> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Decision> decisions = new ArrayList<>(batch.size());
        for (Decided decided : batch) {
            queuedBytes.addAndGet(-size(decided.request()));
            try {
                decisions.add(Decision.of(decided, json, mask));
            } catch (RuntimeException e) {
                lost(1, "decision " + decided.advice().decisionId() + " could not be read for the log: " + e);
            }
        }
        batch.clear();
        if (decisions.isEmpty()) {
            return;
        }
        try {
            store.insert(decisions);
            logged.increment(decisions.size());
        } catch (SQLException | RuntimeException e) {
            lost(decisions.size(), "the database failed: " + e);
        }
    }

    private static long size(byte[] request) {
        return request == null ? 0 : request.length;
    }

    private void lost(int count, String why) {
        unlogged.increment(count);
        unloggedWarning.add(count, why);
    }
}
