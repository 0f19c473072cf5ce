package com.commitment.advisor.facts;

/**
 * A lexicon phrase found in a text of the request.
 *
 * @param list   the lexicon file it comes from, without {@code .csv} ("vague-phrases")
 * @param tag    the tag of the lexicon row ("vague-time")
 * @param phrase the lexicon phrase as written in the file
 * @param about  the id of what the text belongs to: a commitment id, a person id, "debrief", "deal"
 * @param field  the field the text was in ("action", "by", "customerSaid")
 * @param text   the whole text the phrase was found in, to quote as evidence
 */
public record Phrase(String list, String tag, String phrase, String about, String field, String text) {
}
