package com.commitment.advisor.facts;

import java.util.List;

/**
 * What a text reads like to the labelled examples of {@code rules/examples}: a customer's remark or a visit report
 * leaning to an outcome ({@code ORDER}, {@code ADVANCE}, {@code CONTINUATION}, {@code NO_SALE}), or a planned ask
 * leaning to what is wrong with it ({@code SELLER}, {@code SERVES_US}, {@code VAGUE}, or {@code CLEAN}). The rules
 * decide what it counts for: from the setting {@code language.min-leaning-percent} up it decides what the text
 * means, unless its clauses say otherwise (an "if", no dated customer action for an advance).
 *
 * @param part    where the text was written (debrief or plan)
 * @param about   what the text belongs to: {@code debrief}, or a commitment id
 * @param field   the field the text was in ({@code customerSaid}, {@code report}, {@code action})
 * @param text    the text as written
 * @param label   what it reads like most
 * @param percent how sure the examples are of that, 0 to 100
 * @param clauses the clauses of the text, for rules that ask who acts in it, whether it is hypothetical, its date
 */
public record Leaning(Part part, String about, String field, String text, String label, int percent,
        List<Clause> clauses) {

    public Leaning {
        clauses = List.copyOf(clauses);
    }
}
