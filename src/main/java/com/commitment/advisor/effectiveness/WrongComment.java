package com.commitment.advisor.effectiveness;

/** A comment reps gave with a WRONG dismissal, and on how many recommendations (the same words, trimmed). */
public record WrongComment(String comment, long count) {
}
