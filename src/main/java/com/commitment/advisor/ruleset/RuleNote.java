package com.commitment.advisor.ruleset;

/**
 * What a rule is for, as its author wrote it in the comment above it: shown by {@code explain} and
 * {@code GET /api/v1/rules}.
 *
 * @param method the section of the method (docs/method.md) the comment names, e.g. {@code §specific}
 */
public record RuleNote(String file, int line, String description, String method) {
}
