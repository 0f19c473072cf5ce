package com.commitment.advisor.effectiveness;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How the closed deals of one group ended.
 *
 * @param winRate   won / closed, to 4 decimals; null when fewer deals closed than the report's minimum
 * @param whyNoRate why {@code winRate} is null; null when there is a rate
 */
@JsonInclude(JsonInclude.Include.ALWAYS) // a null rate is said, with why, not left out as the API's other nulls are
public record Outcomes(long won, long lost, long closed, Double winRate, String whyNoRate) {

    static Outcomes of(long won, long lost, int minDeals) {
        long closed = won + lost;
        if (closed < minDeals) {
            return new Outcomes(won, lost, closed, null,
                    "too few closed deals: " + closed + " of the " + minDeals + " a rate needs");
        }
        return new Outcomes(won, lost, closed, Math.round(10_000.0 * won / closed) / 10_000.0, null);
    }
}
