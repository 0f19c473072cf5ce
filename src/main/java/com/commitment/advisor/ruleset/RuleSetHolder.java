package com.commitment.advisor.ruleset;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The rule set in service. Requests take the current one when they start; a swap never disturbs them. */
public final class RuleSetHolder implements Supplier<RuleSet> {

    private static final Logger log = LoggerFactory.getLogger(RuleSetHolder.class);

    private final AtomicReference<RuleSet> current;
    private final List<BiConsumer<RuleSet, RuleSet>> swapped = new CopyOnWriteArrayList<>();

    public RuleSetHolder(RuleSet initial) {
        this.current = new AtomicReference<>(initial);
    }

    @Override
    public RuleSet get() {
        return current.get();
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
