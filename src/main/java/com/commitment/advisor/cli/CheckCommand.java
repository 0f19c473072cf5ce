package com.commitment.advisor.cli;

import com.commitment.advisor.advice.FixtureCheck;
import com.commitment.advisor.advice.FixtureResult;
import com.commitment.advisor.ruleset.RuleProblem;
import com.commitment.advisor.ruleset.RuleSet;
import com.commitment.advisor.ruleset.RuleSetException;
import com.commitment.advisor.ruleset.RuleSetLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Compiles the rules and runs every fixture on them, as the running service does before a reload. */
@Command(name = "check", description = "Compile the rules and run every fixture; exit 0 when all pass.")
final class CheckCommand implements Callable<Integer> {

    @Option(names = "--rules", defaultValue = "rules", description = "rules directory (default: ${DEFAULT-VALUE})")
    Path rules;

    @Option(names = "--fixtures", defaultValue = "fixtures",
            description = "fixtures directory (default: ${DEFAULT-VALUE})")
    Path fixtures;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleSet ruleSet;
        try {
            ruleSet = RuleSetLoader.load(rules);
        } catch (RuleSetException e) {
            out.println("RULES REFUSED (" + rules + "):");
            for (RuleProblem problem : e.problems()) {
                out.println("  " + problem);
            }
            return 1;
        }
        out.println("rules " + ruleSet.version() + ": " + ruleSet.ruleCount() + " rules, "
                + ruleSet.lexicon().size() + " phrases, from " + rules);
        List<FixtureResult> results = FixtureCheck.run(ruleSet, fixtures, Clock.systemDefaultZone());
        long failed = 0;
        for (FixtureResult result : results) {
            if (result.passed()) {
                out.println("PASS " + result.file() + "  " + result.codes());
            } else {
                failed++;
                out.println("FAIL " + result.explain());
            }
        }
        out.println("fixtures: " + (results.size() - failed) + " passed, " + failed + " failed");
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
