package com.commitment.advisor.profile;

import com.commitment.advisor.model.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A customer organisation, the home of its people across all its deals.
 *
 * @param version read it, send it back to update; a stale one is refused (409)
 */
public record Customer(
        @NotBlank @Size(max = Limits.MAX_ID) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @Size(max = Limits.MAX_TEXT) String name,
        Long version) {
}
