package com.commitment.advisor.advice;

import com.commitment.advisor.ruleset.RuleProblem;
import com.commitment.advisor.ruleset.RuleSet;
import com.commitment.advisor.ruleset.RuleValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** New rules may serve only when every fixture passes on them. */
public final class FixtureValidator implements RuleValidator {

    private final Path fixturesDir;
    private final Clock clock;

    public FixtureValidator(Path fixturesDir, Clock clock) {
        this.fixturesDir = fixturesDir;
        this.clock = clock;
    }

    @Override
    public List<RuleProblem> problems(RuleSet candidate) {
        if (!Files.isDirectory(fixturesDir)) {
            return List.of();
        }
        return FixtureCheck.run(candidate, fixturesDir, clock).stream().filter(r -> !r.passed())
                .map(r -> new RuleProblem(fixturesDir.resolve(r.file()).toString(), 0, "fixture fails: " + r.explain()))
                .toList();
    }
}
