package com.commitment.advisor.feedback;

import com.commitment.advisor.model.FeedbackReason;
import com.commitment.advisor.model.FeedbackStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A rep's feedback on one recommendation of one deal, as stored and listed.
 *
 * @param key         the recommendation's key: the same deal, rule, code and subject on every call
 * @param fingerprint the evidence of the recommendation the rep answered
 * @param decisionId  the answer that gave it, when the decision log has it
 * @param until       for {@code SNOOZED}: hidden through this day
 * @param givenBy     the user who gave it; null for feedback from before users existed
 */
public record Feedback(String id, String dealId, String key, String fingerprint, String code, String rule,
        String decisionId, FeedbackStatus status, FeedbackReason reason, String comment, LocalDate until,
        Instant givenAt, String givenBy) {
}
