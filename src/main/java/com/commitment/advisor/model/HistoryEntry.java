package com.commitment.advisor.model;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** One earlier ask of a customer person and what became of it. */
public record HistoryEntry(
        LocalDate date,
        @Size(max = Limits.MAX_ID) String of,
        @Size(max = Limits.MAX_TEXT) String action,
        AskResult result,
        @Size(max = Limits.MAX_TEXT) String said) {
}
