package com.commitment.advisor.model;

/** What a rep says about one recommendation on one deal. */
public enum FeedbackStatus {
    /** Acted on it: hidden while its evidence stays the same. */
    DONE,
    /** Will not act on it, with a reason: hidden while its evidence stays the same. */
    DISMISSED,
    /** Not now: hidden until a date, whatever happens to its evidence. */
    SNOOZED
}
