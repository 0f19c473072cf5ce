package com.commitment.advisor.ruleset;

/**
 * What a rule set must hold before it may serve: checked alike at start-up, on every reload, by
 * {@code advisor check} and by the tests. Each refusal names its policy and the file and line to fix.
 */
public enum RulePolicy {

    CODES_HAVE_TEXTS("codes-have-texts",
            "every code a rule gives has a message, a next step and a principle, and every evidence a text, "
                    + "in English and Chinese"),
    OUTCOMES_KNOWN("outcomes-known",
            "every outcome a rule concludes is OUTCOME_ORDER, OUTCOME_ADVANCE, OUTCOME_CONTINUATION or OUTCOME_NO_SALE"),
    CODES_ORDERED("codes-ordered", "every code that has texts is listed once in recommendation-order.csv"),
    SETTINGS_EXIST("settings-exist", "every setting a rule reads is in advisor.properties"),
    WORD_LISTS_EXIST("word-lists-exist", "every word list and tag a rule asks for has rows in lexicon/"),
    RULES_EXPLAINED("rules-explained",
            "every rule has a comment right above it that names the part of the method it applies, e.g. §specific"),
    FIXTURES_PASS("fixtures-pass", "every scenario in fixtures/ gets the codes and outcome it expects"),
    RULES_FIRE("rules-fire", "every rule fires in some fixture"),
    CODES_SHOWN("codes-shown", "every code is shown by an English and a Chinese fixture, and ruled out by one"),
    ONE_OUTCOME("one-outcome", "a debrief gets exactly one outcome; advice without a debrief gets none");

    private final String id;
    private final String rule;

    RulePolicy(String id, String rule) {
        this.id = id;
        this.rule = rule;
    }

    /** The name a refusal carries, e.g. {@code [settings-exist]}. */
    public String id() {
        return id;
    }

    /** The policy in a sentence, for the rule authors' guide and {@code advisor check}. */
    public String rule() {
        return rule;
    }

    /** A problem of this policy at a file and line: its message starts with the policy's name. */
    public RuleProblem at(String file, int line, String message) {
        return new RuleProblem(file, line, "[" + id + "] " + message);
    }
}
