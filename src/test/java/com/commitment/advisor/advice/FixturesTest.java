package com.commitment.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.ruleset.RuleSet;
import com.commitment.advisor.ruleset.RuleSetLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

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

    @Test
    void everyRuleFiresInSomeFixture() {
        Set<String> fired = new HashSet<>();
        results.forEach(r -> fired.addAll(r.rules()));
        Set<String> never = new TreeSet<>();
        rules.rulesPerFolder().forEach((folder, names) -> names.forEach(name -> {
            String id = folder + "/" + RuleRun.slugOf(name);
            if (!fired.contains(id)) {
                never.add(id);
            }
        }));
        assertThat(never).as("rules that no fixture makes fire").isEmpty();
    }

    @Test
    void everyCodeIsShownInEnglishAndChineseAndRuledOutSomewhere() throws Exception {
        JsonMapper json = AdviceJson.mapper();
        Set<String> shownEn = new HashSet<>();
        Set<String> shownZh = new HashSet<>();
        Set<String> ruledOut = new HashSet<>();
        for (Path file : FixtureCheck.files(FIXTURES)) {
            Fixture fixture = json.readValue(file.toFile(), Fixture.class);
            (fixture.language().equals("zh") ? shownZh : shownEn).addAll(fixture.expect().codes());
            ruledOut.addAll(fixture.expect().absent());
        }
        for (String code : rules.messages().codes()) {
            assertThat(shownEn).as("an English fixture that must show " + code).contains(code);
            assertThat(shownZh).as("a Chinese fixture that must show " + code).contains(code);
            assertThat(ruledOut).as("a fixture where " + code + " must not appear").contains(code);
        }
    }

    @Test
    void atMostOneOutcomePerAnswer() {
        for (FixtureResult result : results) {
            assertThat(result.codes().stream().filter(c -> c.startsWith("OUTCOME_")).count())
                    .as(result.file()).isLessThanOrEqualTo(1);
        }
    }
}
