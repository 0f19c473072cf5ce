package com.commitment.advisor.kafka;

import com.commitment.advisor.advice.FieldError;
import java.util.List;

/** What became of an event: an answer for the answers topic, or the reason it goes to the dead-letter topic. */
sealed interface Outcome {

    /** The answer as JSON, keyed by its deal id. */
    record Answered(String dealId, byte[] answer) implements Outcome {
    }

    /** Not advised: why, and the invalid fields when the request was at fault (else none). */
    record Refused(String reason, List<FieldError> errors) implements Outcome {

        Refused(String reason) {
            this(reason, List.of());
        }
    }
}
