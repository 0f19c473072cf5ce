package com.commitment.advisor.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the last rule set that passed the checks, so a restart with the same rules, the same fixtures and
 * the same build on the same day does not run the fixtures again: their answers could not differ (they are
 * deterministic), and running them was a tenth of a restart. A change to any of the four runs them.
 */
public final class RememberedPasses implements RuleValidator {

    private static final Logger log = LoggerFactory.getLogger(RememberedPasses.class);

    private final RuleValidator checks;
    private final Path memo;
    private final Path fixturesDir;
    private final Clock clock;

    /** @param memo the file that holds what passed last, in the data directory */
    public RememberedPasses(RuleValidator checks, Path memo, Path fixturesDir, Clock clock) {
        this.checks = checks;
        this.memo = memo;
        this.fixturesDir = fixturesDir;
        this.clock = clock;
    }

    @Override
    public List<RuleProblem> problems(RuleSet candidate) {
        Optional<String> key = AppBuild.fingerprint().map(build -> key(candidate.version(), build));
        if (key.isPresent() && key.get().equals(lastPassed())) {
            log.info("rule set {} passed its checks before with these fixtures, this build, today: not run again",
                    candidate.version());
            return List.of();
        }
        List<RuleProblem> problems = checks.problems(candidate);
        if (problems.isEmpty() && key.isPresent()) {
            remember(key.get());
        }
        return problems;
    }

    private String key(String ruleSet, String build) {
        String fixtures = Files.isDirectory(fixturesDir) ? RuleFiles.read(fixturesDir).version() : "no fixtures";
        return String.join(" ", ruleSet, fixtures, build, LocalDate.now(clock).toString());
    }

    private String lastPassed() {
        try {
            return Files.exists(memo) ? Files.readString(memo).strip() : "";
        } catch (IOException unreadable) {
            return "";
        }
    }

    private void remember(String key) {
        try {
            Files.createDirectories(memo.getParent());
            Files.writeString(memo, key + "\n");
        } catch (IOException e) {
            log.warn("cannot remember that rule set passed in {}: {}", memo, e.toString());
        }
    }
}
