package com.commitment.advisor.cli;

import com.commitment.advisor.advice.FixtureCheck;
import com.commitment.advisor.advice.FixtureResult;
import com.commitment.advisor.advice.RulePolicies;
import com.commitment.advisor.ruleset.RuleProblem;
import com.commitment.advisor.ruleset.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Compiles the rules and runs every fixture on them, as the running service does before a reload. */
@Command(name = "check", description = "Compile the rules and run every fixture; exit 0 when all pass. "
        + "With --report, also score the rules on the language corpus.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    RulesOption rules;

    @Option(names = "--fixtures", defaultValue = "fixtures",
            description = "fixtures directory (default: ${DEFAULT-VALUE})")
    Path fixtures;

    @Option(names = "--report",
            description = "also print how well the rules read the language corpus (precision and recall per class)")
    boolean report;

    @Option(names = "--corpus", defaultValue = "fixtures/corpus",
            description = "language corpus directory for --report (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleSet ruleSet = rules.load(out);
        if (ruleSet == null) {
            return 1;
        }
        out.println("rules " + ruleSet.version() + ": " + ruleSet.ruleCount() + " rules, "
                + ruleSet.text().lexicon().size() + " lexicon ideas, from " + rules.dir);
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
        List<RuleProblem> broken = new RulePolicies(fixtures, Clock.systemDefaultZone())
                .beyondTheScenarios(ruleSet, results);
        broken.forEach(problem -> out.println("POLICY " + problem));
        out.println("policies: " + (broken.isEmpty() ? "all hold" : broken.size() + " broken"));
        if (report) {
            CorpusReport.print(out, ruleSet, corpus);
        }
        out.flush();
        return failed == 0 && broken.isEmpty() ? 0 : 1;
    }
}
