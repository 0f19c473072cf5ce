package com.commitment.advisor.ruleset;

/** One thing wrong with the rule files, located for the person who edits them. */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
