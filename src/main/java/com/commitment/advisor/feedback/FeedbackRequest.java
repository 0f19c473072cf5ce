package com.commitment.advisor.feedback;

import com.commitment.advisor.model.FeedbackReason;
import com.commitment.advisor.model.FeedbackStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The body of {@code POST /api/v1/deals/{dealId}/feedback}: which recommendation, and what the rep says. */
public record FeedbackRequest(
        @NotBlank(message = "name the recommendation by its key") String key,
        @NotNull(message = "must be DONE, DISMISSED or SNOOZED") FeedbackStatus status,
        FeedbackReason reason,
        @Size(max = 2000, message = "at most 2000 characters") String comment,
        LocalDate until) {
}
