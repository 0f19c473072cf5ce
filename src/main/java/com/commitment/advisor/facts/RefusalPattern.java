package com.commitment.advisor.facts;

/**
 * The customer keeps not committing (method §refusals), derived once by {@code diagnosis/refusals.drl}: every
 * diagnosis rule reads it instead of counting the history again.
 *
 * @param refused the asks declined, deferred or broken
 * @param asked   all asks of the history with a result
 */
public record RefusalPattern(int refused, int asked) {
}
