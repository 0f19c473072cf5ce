package com.commitment.advisor.facts;

/**
 * How much the {@code why} of a planned ask shares with the concept and personal win of the person asked: the
 * count of words (English, by stem) and character pairs (Chinese) in both, common words left out. Only made when
 * the ask has a why and the person has a concept or a personal win.
 */
public record ConceptLink(String askId, String personId, int sharedWords) {
}
