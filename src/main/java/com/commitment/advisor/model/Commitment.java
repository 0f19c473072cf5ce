package com.commitment.advisor.model;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A planned ask: what customer person {@code by} should do, by when, how we check it, and what is in it for them. */
public record Commitment(
        @Size(max = Limits.MAX_ID) String id,
        CommitmentKind kind,
        @Size(max = Limits.MAX_TEXT) String by,
        @Size(max = Limits.MAX_TEXT) String action,
        LocalDate due,
        @Size(max = Limits.MAX_TEXT) String check,
        @Size(max = Limits.MAX_TEXT) String why) {
}
