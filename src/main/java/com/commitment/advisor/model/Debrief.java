package com.commitment.advisor.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What happened at a visit: the rep's report, the customer's words, what was agreed, how the best ask went. */
public record Debrief(
        LocalDate date,
        @Size(max = Limits.MAX_ITEMS) List<@NotNull @Size(max = Limits.MAX_ID) String> with,
        @Size(max = Limits.MAX_TEXT) String report,
        @Size(max = Limits.MAX_ITEMS) List<@NotNull @Size(max = Limits.MAX_TEXT) String> customerSaid,
        @Size(max = Limits.MAX_ITEMS) List<@NotNull @Valid AgreedAction> agreed,
        BestAskResult bestAsk) {

    public Debrief {
        with = Lists.copy(with);
        customerSaid = Lists.copy(customerSaid);
        agreed = Lists.copy(agreed);
    }
}
