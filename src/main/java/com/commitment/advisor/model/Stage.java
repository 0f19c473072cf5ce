package com.commitment.advisor.model;

/** The customer's procurement stage as far as we know it, in the order a purchase goes through them. */
public enum Stage {
    DISCOVERY, SOLUTION, EVALUATION, DECISION, EXECUTION, WON, LOST;

    public boolean isBefore(Stage other) {
        return ordinal() < other.ordinal();
    }
}
