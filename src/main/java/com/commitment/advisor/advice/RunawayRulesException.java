package com.commitment.advisor.advice;

/** A request made the rules fire more often than the cap allows: some rule keeps triggering itself. */
public class RunawayRulesException extends RuntimeException {

    private final String rule;

    public RunawayRulesException(String rule, int cap) {
        super("rule " + rule + " kept firing: stopped after " + cap + " rule firings"
                + " (engine.max-rule-firings in advisor.properties)");
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
