package com.commitment.advisor.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The next visit as the rep plans it: who, the commitments to ask for, and how the ground is prepared. */
public record Plan(
        LocalDate date,
        @Size(max = Limits.MAX_ITEMS) List<@NotNull @Size(max = Limits.MAX_ID) String> with,
        @Size(max = Limits.MAX_ITEMS) List<@NotNull @Valid Commitment> commitments,
        @Size(max = Limits.MAX_ITEMS) List<@NotNull @Valid Need> needs,
        Boolean keyPointsChecked,
        Boolean benefitsSummarised) {

    public Plan {
        with = Lists.copy(with);
        commitments = Lists.copy(commitments);
        needs = Lists.copy(needs);
    }
}
