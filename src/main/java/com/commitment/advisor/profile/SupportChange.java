package com.commitment.advisor.profile;

import java.time.LocalDate;

/**
 * One point of a person's support history: on {@code date}, after {@code what}, support went from
 * {@code from} (null for the first point) to {@code to}.
 */
public record SupportChange(LocalDate date, Integer from, int to, String what, long eventId, String dealId) {
}
