package com.commitment.advisor.facts;

/**
 * Which part of the request a text was written in. Rules ask this rather than compare ids: a commitment may be
 * named anything, "debrief-call" too, and its words are still the plan's.
 */
public enum Part {
    /** A planned commitment's action or check. */
    PLAN,
    /** The deal's own facts (its budget). */
    DEAL,
    /** The debrief's report and what the customer said. */
    DEBRIEF,
    /** An action agreed at the debriefed visit. */
    AGREED,
    /** What was said to an ask of the history. */
    HISTORY
}
