package com.commitment.advisor.ruleset;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** The rule set in service. Requests take the current one when they start; a swap never disturbs them. */
public final class RuleSetHolder implements Supplier<RuleSet> {

    private final AtomicReference<RuleSet> current;

    public RuleSetHolder(RuleSet initial) {
        this.current = new AtomicReference<>(initial);
    }

    @Override
    public RuleSet get() {
        return current.get();
    }

    public void swap(RuleSet next) {
        current.set(next);
    }
}
