package com.commitment.advisor.ruleset;

import java.util.List;

/** Checks a freshly compiled rule set before it may serve (the fixtures); empty when it passes. */
@FunctionalInterface
public interface RuleValidator {

    List<RuleProblem> problems(RuleSet candidate);
}
