package com.commitment.advisor.model;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An action a person agreed to at a visit. */
public record AgreedAction(
        @Size(max = Limits.MAX_TEXT) String by,
        @Size(max = Limits.MAX_TEXT) String action,
        LocalDate due) {
}
