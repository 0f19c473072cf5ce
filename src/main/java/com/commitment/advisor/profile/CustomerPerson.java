package com.commitment.advisor.profile;

import com.commitment.advisor.model.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person of a customer as the profile knows them across deals: no influence (that belongs to one deal).
 * The id is the one deals use for the same person ({@code people[].id}).
 *
 * @param support the support level of the person's latest event that set one; read-only
 * @param version read it, send it back to update; a stale one is refused (409)
 */
public record CustomerPerson(
        @NotBlank @Size(max = Limits.MAX_ID) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @Size(max = Limits.MAX_TEXT) String name,
        @Size(max = Limits.MAX_TEXT) String title,
        @Size(max = Limits.MAX_TEXT) String concept,
        @Size(max = Limits.MAX_TEXT) String personalWin,
        Integer support,
        Long version) {
}
