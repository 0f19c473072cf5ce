package com.commitment.advisor.profile;

import com.commitment.advisor.model.Stage;

/**
 * A stored deal in the rep's list of deals.
 *
 * @param daysWithoutAdvance days from the last advance (or the decision) to the deal's {@code asOf} or today;
 *                           null when neither date is known
 * @param rep                the rep who owns the deal
 * @param high               how many HIGH recommendations advice on the stored deal gives now
 */
public record DealListItem(String id, String customer, Stage stage, boolean sealed, long version,
        Integer daysWithoutAdvance, int high, String rep) {
}
