package com.commitment.advisor.effectiveness;

import com.commitment.advisor.model.FeedbackReason;
import com.commitment.advisor.model.FeedbackStatus;
import java.time.Instant;

/** A rep's feedback on a recommendation; the latest per deal and key is the one that holds. */
record HeldFeedback(String id, FeedbackStatus status, FeedbackReason reason, String comment, Instant givenAt) {

    /** Later by time, then by id: the order the feedback store lists feedback in. */
    boolean laterThan(HeldFeedback other) {
        int byTime = givenAt.compareTo(other.givenAt);
        return byTime > 0 || byTime == 0 && id.compareTo(other.id) > 0;
    }
}
