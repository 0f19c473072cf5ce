package com.commitment.advisor.profile;

import com.commitment.advisor.model.Limits;
import com.commitment.advisor.model.Person;
import com.commitment.advisor.model.Role;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A person of a stored deal: the advice API's {@code people[]} item plus the two columns of the role advancement table
 * the request has no room for.
 *
 * @param reason why the person supports us as much as they do
 * @param remedy what we do to win them
 */
public record RoleTableRow(
        @NotBlank @Size(max = Limits.MAX_ID) String id,
        @Size(max = Limits.MAX_TEXT) String name,
        @Size(max = Limits.MAX_TEXT) String title,
        Role role,
        @Min(0) @Max(2) Integer influence,
        @Min(-2) @Max(2) Integer support,
        @Size(max = Limits.MAX_TEXT) String concept,
        @Size(max = Limits.MAX_TEXT) String personalWin,
        @PositiveOrZero @Max(10_000) Integer effort,
        @Size(max = Limits.MAX_TEXT) String reason,
        @Size(max = Limits.MAX_TEXT) String remedy) {

    Person toPerson() {
        return new Person(id, name, title, role, influence, support, concept, personalWin, effort);
    }

    /** This row with what the profile knows of the person where the deal says nothing. */
    RoleTableRow knownAs(CustomerPerson profile) {
        return new RoleTableRow(id, or(name, profile.name()), or(title, profile.title()), role, influence, support,
                or(concept, profile.concept()), or(personalWin, profile.personalWin()), effort, reason, remedy);
    }

    private static String or(String own, String known) {
        return own == null || own.isBlank() ? known : own;
    }
}
