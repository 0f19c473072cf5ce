package com.commitment.advisor.facts;

/**
 * How far up the commitment ladder a planned ask reaches: the rank of the biggest step that moves the deal its
 * words name, or no ceiling ({@link Integer#MAX_VALUE}) when they name none. Inserted by
 * {@code rules/commitment/better-ask.drl}; a better ask is looked for at or below it.
 */
public record StepAsked(String askId, int ceiling) {
}
