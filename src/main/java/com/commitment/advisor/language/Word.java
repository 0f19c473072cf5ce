package com.commitment.advisor.language;

/**
 * One word of a text, reduced to its base form ("signed" and "signing" → "sign"; Chinese words as segmented),
 * and where it stands in the text, so that clauses can be cut between words and quoted as written.
 *
 * @param name it is a proper name: capitalised inside a sentence ("went with Kortex"), or one HanLP knows as an
 *             organisation (西门子); a lexicon row finds it as {@code {name}}
 */
public record Word(String base, int start, int end, boolean name) {
}
