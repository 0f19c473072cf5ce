package com.commitment.advisor.facts;

/**
 * What the customer's words at a visit amount to, derived once by the outcome rules from the clauses of the
 * debrief so that each rule that classifies the visit reads it by name.
 *
 * @param kind   {@code order} (bought or committed to buy) or {@code no-sale} (an explicit refusal)
 * @param clause the clause that says so
 */
public record Heard(String kind, Clause clause) {
}
