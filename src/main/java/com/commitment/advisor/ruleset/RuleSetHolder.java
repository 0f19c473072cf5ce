package com.commitment.advisor.ruleset;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule set in service. Requests take the current one when they start; a swap never disturbs them. Until the
 * first rule set is in, whoever asks for it waits (a service builds its first rules while its other parts start).
 */
public final class RuleSetHolder implements Supplier<RuleSet> {

    private static final Logger log = LoggerFactory.getLogger(RuleSetHolder.class);

    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    // completes empty: holding the first rule set here would keep it from being collected after a swap
    private final CompletableFuture<Void> firstIn = new CompletableFuture<>();
    private final List<BiConsumer<RuleSet, RuleSet>> swapped = new CopyOnWriteArrayList<>();

    RuleSetHolder() {
    }

    /**
     * The rule set in service, once there is one.
     *
     * @throws RuntimeException why there will be none, as the first build threw it
     */
    @Override
    public RuleSet get() {
        RuleSet rules = current.get();
        if (rules != null) {
            return rules;
        }
        try {
            firstIn.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException refused ? refused : e;
        }
        return current.get();
    }

    /** The first rule set, which the callers waiting in {@link #get()} receive. */
    void serveFirst(RuleSet rules) {
        current.set(rules);
        firstIn.complete(null);
    }

    /** No first rule set can serve: the callers waiting in {@link #get()} get {@code why}. */
    void refuseFirst(RuntimeException why) {
        firstIn.completeExceptionally(why);
    }

    /** Tells {@code listener} the rule set replaced and the one now serving, at each swap; it must not wait. */
    public void onSwap(BiConsumer<RuleSet, RuleSet> listener) {
        swapped.add(listener);
    }

    public void swap(RuleSet next) {
        RuleSet before = current.getAndSet(next);
        for (BiConsumer<RuleSet, RuleSet> listener : swapped) {
            try {
                listener.accept(before, next);
            } catch (RuntimeException e) {
                // the new rules serve whatever a listener does: a reload must not be reported refused for it
                log.error("a listener of the swap from {} to {} failed", before.version(), next.version(), e);
            }
        }
    }
}
