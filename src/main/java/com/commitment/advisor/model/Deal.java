package com.commitment.advisor.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** One purchase project of one customer organisation. */
public record Deal(
        @NotBlank @Size(max = Limits.MAX_ID) String id,
        @Size(max = Limits.MAX_TEXT) String customer,
        Stage stage,
        LocalDate decidedOn,
        LocalDate lastAdvanceOn,
        LocalDate asOf,
        @Size(max = Limits.MAX_TEXT) String owner,
        @Size(max = Limits.MAX_TEXT) String budget,
        @Size(max = Limits.MAX_TEXT) String customerTimeline,
        LocalDate targetCloseOn) {
}
