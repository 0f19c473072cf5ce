package com.commitment.advisor.facts;

/**
 * What the customer's words at a visit amount to, derived once by the outcome rules from the clauses of the
 * debrief (or from what the words read like to the examples, where those are sure) so that each rule that
 * classifies the visit reads it by name.
 *
 * @param kind     {@code order} (bought or committed to buy) or {@code no-sale} (an explicit refusal)
 * @param text     the words that say so
 * @param evidence those words, quoted for the rep
 * @param clause   the clause that says so; null when only the examples read it so
 */
public record Heard(String kind, String text, Evidence evidence, Clause clause) {

    public Heard(String kind, Clause clause) {
        this(kind, clause.text(), Evidence.of(clause), clause);
    }

    public Heard(String kind, Leaning leaning) {
        this(kind, leaning.text(), Evidence.of(leaning), null);
    }

    /** A row of {@code list} with {@code tag} stands in the clause that says so. */
    public boolean has(String list, String tag) {
        return clause != null && clause.has(list, tag);
    }
}
