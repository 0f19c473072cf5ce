package com.commitment.advisor.model;

/** A recommendation left out of an answer because the rep's feedback on it still holds. */
public record Suppressed(String key, String code, FeedbackStatus status) {
}
