package com.commitment.advisor.facts;

import java.time.LocalDate;

/**
 * The step to ask of a planned ask's person instead: the biggest step of the ladder that moves the deal, that this
 * person can give now, and that is no bigger than what the plan asked. Inserted by
 * {@code rules/commitment/better-ask.drl}, quoted in the next step of every weak commitment.
 *
 * @param due a few days after the visit (setting {@code commitment.better-ask-days}), or after today without a visit date
 */
public record BetterAsk(String askId, LadderStep step, LocalDate due) {
}
