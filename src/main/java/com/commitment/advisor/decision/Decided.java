package com.commitment.advisor.decision;

import com.commitment.advisor.model.Advice;
import java.time.Instant;

/**
 * An answer as the request path hands it to the log: references only, so queueing it costs a few nanoseconds;
 * reading, masking and writing happen on the writer's thread.
 *
 * @param request the request body as received, null when there was none
 * @param askedBy the signed-in user who asked, null for the batch command
 */
public record Decided(Advice advice, String language, byte[] request, Instant time, Source source, String askedBy) {
}
