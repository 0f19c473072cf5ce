package com.commitment.advisor.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a rep sends: the facts of one deal, optionally a planned visit, a debrief and the history of asks. */
public record AdviceRequest(
        @NotNull @Valid Deal deal,
        @Size(max = Limits.MAX_ITEMS) List<@NotNull @Valid Person> people,
        @Valid Plan plan,
        @Valid Debrief debrief,
        @Size(max = Limits.MAX_ITEMS) List<@NotNull @Valid HistoryEntry> history) {

    public AdviceRequest {
        people = Lists.copy(people);
        history = Lists.copy(history);
    }
}
