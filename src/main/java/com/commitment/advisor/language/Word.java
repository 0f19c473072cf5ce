package com.commitment.advisor.language;

/**
 * One word of a text, reduced to its base form ("signed" and "signing" → "sign"; Chinese words as segmented),
 * and where it stands in the text, so that clauses can be cut between words and quoted as written.
 */
public record Word(String base, int start, int end) {
}
