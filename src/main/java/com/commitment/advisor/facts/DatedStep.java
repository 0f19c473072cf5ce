package com.commitment.advisor.facts;

/**
 * A concrete customer action with a date, found in a debrief (method §outcome: what makes a visit an advance): agreed
 * as such, named in a clause of the customer's words or of the report, or read so by the examples. Inserted by the
 * outcome rules, read by the ones that classify the visit.
 *
 * @param step     the action, as written
 * @param evidence where it was found, quoted for the rep
 */
public record DatedStep(String step, Evidence evidence) {

    public static DatedStep agreed(Agreement agreed) {
        return new DatedStep(agreed.action(), Evidence.of(agreed));
    }

    /** Words the examples read as an advance, quoted with how sure they are. */
    public static DatedStep readLike(Leaning leaning) {
        return new DatedStep(leaning.text(), Evidence.of(leaning));
    }

    public static DatedStep said(Clause said) {
        return new DatedStep(said.text(), Evidence.of(said));
    }
}
