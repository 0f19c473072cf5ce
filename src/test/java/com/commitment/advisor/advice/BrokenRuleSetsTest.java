package com.commitment.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.ruleset.RuleProblem;
import com.commitment.advisor.ruleset.RuleSetException;
import com.commitment.advisor.ruleset.RuleSetLoader;
import com.commitment.advisor.ruleset.RulesCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The real rules with one broken edit, kept as files: each case of {@code src/test/resources/broken-rules/} holds
 * the files it adds to (or replaces in) a copy of {@code rules/}, and in {@code expected.txt} the problems the edit
 * must be refused with, word for word, as the reload, {@code advisor check} and start-up report them.
 */
class BrokenRuleSetsTest {

    private static final Path CASES = Path.of("src/test/resources/broken-rules");
    private static final String EXPECTED = "expected.txt";

    @TestFactory
    Stream<DynamicTest> eachBrokenEditIsRefusedWithItsPolicyFileAndLine() throws IOException {
        try (Stream<Path> cases = Files.list(CASES)) {
            return cases.filter(dir -> Files.exists(dir.resolve(EXPECTED))).sorted().toList().stream()
                    .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
        }
    }

    private static void check(Path brokenCase) throws IOException {
        Path rules = Files.createTempDirectory("broken-rules");
        RulesCopy.of(Path.of("rules"), rules).overlay(brokenCase);
        Files.delete(rules.resolve(EXPECTED));
        List<String> expected = Files.readAllLines(brokenCase.resolve(EXPECTED)).stream()
                .filter(line -> !line.isBlank()).toList();
        assertThat(problems(rules)).as("refused with").containsAll(expected);
    }

    /** The problems of the rules in {@code dir}: those of loading them, else those of the policies. */
    private static List<String> problems(Path dir) {
        try {
            return new RulePolicies(Path.of("fixtures"), Clock.systemUTC()).problems(RuleSetLoader.load(dir))
                    .stream().map(RuleProblem::toString).toList();
        } catch (RuleSetException refused) {
            return refused.problems().stream().map(RuleProblem::toString).toList();
        }
    }
}
