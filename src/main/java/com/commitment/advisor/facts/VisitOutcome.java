package com.commitment.advisor.facts;

import com.commitment.advisor.model.Outcome;

/**
 * How the debriefed visit ended, as the outcome rules concluded it: the answer's {@code outcome}. Written in a
 * rule beside the finding that explains it: {@code insert(new VisitOutcome(Outcome.ADVANCE));}
 */
public record VisitOutcome(Outcome outcome) {
}
