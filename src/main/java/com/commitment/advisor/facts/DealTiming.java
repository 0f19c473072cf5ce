package com.commitment.advisor.facts;

import java.time.LocalDate;

/**
 * Elapsed days of the deal, counted to {@code asOf} (the request's {@code deal.asOf}, else today).
 * A field is null when the dates it needs are unknown.
 *
 * @param daysSinceDecided    days since the customer decided to buy
 * @param daysWithoutAdvance  days since the last advance (or the decision, whichever is later)
 * @param daysToTargetClose   days until the date we plan to close
 * @param customerDeadline    the first date found in the customer's own words about timing
 */
public record DealTiming(
        LocalDate asOf,
        Integer daysSinceDecided,
        Integer daysWithoutAdvance,
        Integer daysToTargetClose,
        LocalDate customerDeadline,
        Integer daysToCustomerDeadline) {
}
