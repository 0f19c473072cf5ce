package com.commitment.advisor.advice;

import com.commitment.advisor.ruleset.RuleIds;
import com.commitment.advisor.ruleset.RulePolicy;
import com.commitment.advisor.ruleset.RuleProblem;
import com.commitment.advisor.ruleset.RuleSet;
import com.commitment.advisor.ruleset.RuleValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The policies that need the scenarios of {@code fixtures/}: they all pass, every rule fires in one, every code is
 * shown in English and in Chinese and ruled out somewhere, and a debrief gets exactly one outcome. New rules serve
 * only when none is broken. (The policies on names, such as a misspelt setting, are checked when the rules load.)
 */
public final class RulePolicies implements RuleValidator {

    private static final String OUTCOME_PREFIX = "OUTCOME_";

    private final Path fixturesDir;
    private final Clock clock;

    public RulePolicies(Path fixturesDir, Clock clock) {
        this.fixturesDir = fixturesDir;
        this.clock = clock;
    }

    @Override
    public List<RuleProblem> problems(RuleSet candidate) {
        if (!Files.isDirectory(fixturesDir)) {
            return List.of();
        }
        List<FixtureResult> results = FixtureCheck.run(candidate, fixturesDir, clock);
        List<RuleProblem> problems = new ArrayList<>();
        for (FixtureResult result : results) {
            if (!result.passed()) {
                problems.add(RulePolicy.FIXTURES_PASS.at(fixture(result.file()), 0, result.explain()));
            }
        }
        problems.addAll(beyondTheScenarios(candidate, results));
        return problems;
    }

    /**
     * The policies other than "every scenario passes", given what the scenarios gave ({@code advisor check}
     * prints each scenario itself).
     */
    public List<RuleProblem> beyondTheScenarios(RuleSet candidate, List<FixtureResult> results) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> fired = new HashSet<>();
        for (FixtureResult result : results) {
            fired.addAll(result.rules());
            String file = fixture(result.file());
            Fixture fixture = result.fixture();
            long outcomes = result.codes().stream().filter(c -> c.startsWith(OUTCOME_PREFIX)).count();
            boolean debrief = fixture != null && fixture.request().debrief() != null;
            if (result.error() == null && outcomes != (debrief ? 1 : 0)) {
                problems.add(RulePolicy.ONE_OUTCOME.at(file, 0, (debrief ? "a debrief" : "advice without a debrief")
                        + " got " + outcomes + " outcomes: " + result.codes()));
            } else if (result.error() == null && debrief != (result.outcome() != null)) {
                problems.add(RulePolicy.ONE_OUTCOME.at(file, 0, "the rule that gave " + result.codes().stream()
                        .filter(c -> c.startsWith(OUTCOME_PREFIX)).findFirst().orElse("no outcome")
                        + " must also insert(new VisitOutcome(Outcome...)): the answer's outcome is that fact"));
            }
        }
        candidate.rulesPerFile().forEach((file, names) -> names.forEach(name -> {
            if (!fired.contains(RuleIds.of(file.substring(0, file.lastIndexOf('/')), name))) {
                problems.add(RulePolicy.RULES_FIRE.at(file, 0, "rule \"" + name + "\" fires in no fixture: add a "
                        + "scenario to fixtures/ that shows what it is for"));
            }
        }));
        problems.addAll(codesShown(candidate, results.stream().map(FixtureResult::fixture).filter(Objects::nonNull)
                .toList()));
        return problems;
    }

    private List<RuleProblem> codesShown(RuleSet candidate, Iterable<Fixture> fixtures) {
        Map<String, Set<String>> shown = new HashMap<>();
        Set<String> ruledOut = new HashSet<>();
        for (Fixture fixture : fixtures) {
            shown.computeIfAbsent(fixture.language(), k -> new HashSet<>()).addAll(fixture.expect().codes());
            ruledOut.addAll(fixture.expect().absent());
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (String code : new TreeSet<>(candidate.messages().codes())) {
            List<String> missing = new ArrayList<>();
            if (!shown.getOrDefault("en", Set.of()).contains(code)) {
                missing.add("an English fixture that expects it");
            }
            if (!shown.getOrDefault("zh", Set.of()).contains(code)) {
                missing.add("a Chinese fixture that expects it");
            }
            if (!ruledOut.contains(code)) {
                missing.add("a fixture where it must be absent");
            }
            if (!missing.isEmpty()) {
                problems.add(RulePolicy.CODES_SHOWN.at(fixturesDir.toString(), 0, code + " needs " + String.join(
                        ", and ", missing)));
            }
        }
        return problems;
    }

    private String fixture(String name) {
        return fixturesDir.resolve(name).toString();
    }
}
