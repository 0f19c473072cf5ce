package com.commitment.advisor.facts;

/**
 * A planned ask whose action is something the seller does ("send him the minutes tonight"), derived once by
 * {@code commitment/customer-action.drl}; the other commitment rules leave such an ask to that finding.
 */
public record SellerStep(String askId, Clause clause) {
}
