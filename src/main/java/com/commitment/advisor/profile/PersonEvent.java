package com.commitment.advisor.profile;

import com.commitment.advisor.model.Limits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Something that happened with a person on a date, e.g. "reference visit to his former employer".
 *
 * @param id      given by the service
 * @param support the person's support level after the event (-2..2); null when it did not change it
 * @param dealId  the deal it happened in, if any
 * @param version read it, send it back to update; a stale one is refused (409)
 */
public record PersonEvent(
        Long id,
        @NotNull LocalDate date,
        @NotBlank @Size(max = Limits.MAX_TEXT) String what,
        @Min(-2) @Max(2) Integer support,
        @Size(max = Limits.MAX_ID) String dealId,
        Long version) {
}
