package com.commitment.advisor.model;

import java.time.LocalDate;

/**
 * The rep's latest feedback on a recommendation, shown with it.
 *
 * @param hidden true while the feedback holds (same evidence, or a snooze not yet over): the recommendation is
 *               then left out of the answer unless {@code ?all=true} asked for everything
 */
public record FeedbackGiven(FeedbackStatus status, FeedbackReason reason, LocalDate until, boolean hidden) {
}
