package com.commitment.advisor.facts;

import com.commitment.advisor.model.AskResult;
import java.time.LocalDate;

/**
 * An earlier ask from the deal's history and what became of it.
 *
 * @param id       {@code history[i]}
 * @param personId the listed person asked, null when {@code of} names nobody listed
 * @param daysAgo  days between the ask and the deal's {@code asOf}; null when the ask has no date
 */
public record PastAsk(String id, LocalDate date, Integer daysAgo, String of, String personId, String action,
        AskResult result, String said) {
}
