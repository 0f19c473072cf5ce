package com.commitment.advisor.facts;

import com.commitment.advisor.model.Severity;

/**
 * The role diagnosis runs on this deal, and how urgent its findings are: {@code main} for the findings that
 * block the deal (an uncovered role, a lone decision person), {@code minor} for the rest.
 */
public record Diagnosis(Severity main, Severity minor) {
}
