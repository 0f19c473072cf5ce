package com.commitment.advisor.ruleset;

import java.util.List;
import java.util.stream.Collectors;

/** The rule files could not become a rule set; each problem names a file and line. */
public class RuleSetException extends RuntimeException {

    private final transient List<RuleProblem> problems;

    public RuleSetException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public RuleSetException(String file, int line, String message) {
        this(List.of(new RuleProblem(file, line, message)));
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
