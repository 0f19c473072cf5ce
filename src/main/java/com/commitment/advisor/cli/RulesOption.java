package com.commitment.advisor.cli;

import com.commitment.advisor.ruleset.RuleProblem;
import com.commitment.advisor.ruleset.RuleSet;
import com.commitment.advisor.ruleset.RuleSetException;
import com.commitment.advisor.ruleset.RuleSetLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --rules} option every command shares, and loading them with each problem printed. */
final class RulesOption {

    @Option(names = "--rules", defaultValue = "rules", description = "rules directory (default: ${DEFAULT-VALUE})")
    Path dir;

    /** The compiled rules, or null after printing why they were refused ({@code RULES REFUSED file:line: ...}). */
    RuleSet load(PrintWriter out) {
        try {
            return RuleSetLoader.load(dir);
        } catch (RuleSetException e) {
            for (RuleProblem problem : e.problems()) {
                out.println("RULES REFUSED " + problem);
            }
            out.flush();
            return null;
        }
    }
}
