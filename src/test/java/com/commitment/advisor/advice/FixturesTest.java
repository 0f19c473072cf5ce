package com.commitment.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.ruleset.RuleSet;
import com.commitment.advisor.ruleset.RuleSetLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every scenario in fixtures/ through the real advisor on the real rules/: the spec of the judgement. */
class FixturesTest {

    static final Path RULES = Path.of("rules");
    static final Path FIXTURES = Path.of("fixtures");
    private static RuleSet rules;
    private static List<FixtureResult> results;

    @BeforeAll
    static void runAll() {
        rules = RuleSetLoader.load(RULES);
        results = FixtureCheck.run(rules, FIXTURES, Clock.systemUTC());
    }

    @TestFactory
    Stream<DynamicTest> everyFixturePasses() {
        return results.stream().map(result -> DynamicTest.dynamicTest(result.file(),
                () -> assertThat(result.passed()).as(result.explain()).isTrue()));
    }

    /** Every rule fires somewhere, every code is shown in both languages and ruled out, one outcome a debrief. */
    @Test
    void theRulesBreakNoPolicy() {
        assertThat(new RulePolicies(FIXTURES, Clock.systemUTC()).beyondTheScenarios(rules, results)).isEmpty();
    }
}
