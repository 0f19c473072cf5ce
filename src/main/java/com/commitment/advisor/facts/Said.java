package com.commitment.advisor.facts;

import java.time.LocalDate;

/**
 * A text of the debrief with the date it names: one of the customer's statements ({@code customerSaid}) or one
 * clause of the rep's {@code report}. Its lexicon phrases are the {@link Phrase}s with the same {@code about},
 * {@code field} and {@code text}.
 *
 * @param about "debrief"
 * @param field "customerSaid" or "report"
 * @param date  the first concrete date found in the text, null when it names none (or only vaguely)
 */
public record Said(String about, String field, String text, LocalDate date) {
}
