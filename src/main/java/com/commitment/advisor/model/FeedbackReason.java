package com.commitment.advisor.model;

/** Why a recommendation was dismissed; {@code WRONG} is what sales-ops read to fix rules and word lists. */
public enum FeedbackReason {
    NOT_RELEVANT,
    WRONG,
    ALREADY_DONE,
    DISAGREE,
    OTHER
}
