package com.commitment.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.model.Advice;
import com.commitment.advisor.model.Recommendation;
import com.commitment.advisor.ruleset.RuleSet;
import com.commitment.advisor.ruleset.RuleSetLoader;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The next step of a weak commitment is a concrete rewrite for that person: the biggest ladder step they can give
 * now, with who and a date (method §action: not "introduce me to your director" but "an hour to go through your
 * parameters"). Through the real rules, on the fixtures' own scenarios.
 */
class BetterAskTest {

    private static Advisor advisor;

    @BeforeAll
    static void load() {
        RuleSet rules = RuleSetLoader.load(Path.of("rules"));
        advisor = new Advisor(() -> rules, Clock.systemUTC());
    }

    @ParameterizedTest(name = "{0}: {1} on {2}")
    @CsvSource(delimiter = '|', textBlock = """
            commitment/junior-asked-to-introduce-director.en.json | COMMITMENT_TOO_BIG          | c1 | "Li, could you set aside one hour to go through your parameters with us by 2026-09-29?"
            commitment/junior-asked-to-introduce-director.zh.json | COMMITMENT_TOO_BIG          | c1 | “小李，您能在2026-09-29前拿出一个小时和我们一起过一遍参数吗？”
            commitment/seller-sends-minutes.zh.json               | COMMITMENT_SELLER_ACTION    | c1 | “赵工，您能在2026-09-27前拿出一个小时和我们一起过一遍参数吗？”
            commitment/coach-asked-to-gather-team.zh.json         | COMMITMENT_BEYOND_AUTHORITY | c1 | 参加一次针对您这边情况的演示或技术交流
            commitment/engineer-asked-for-budget.en.json          | COMMITMENT_BEYOND_AUTHORITY | c1 | "Zhao, could you join a visit to a customer like you who runs our solution by 2026-09-29?"
            commitment/trial-too-early.en.json                    | COMMITMENT_OUT_OF_STAGE     | c1 | "Fang, could you tell us how the decision will be made and who else is bidding by 2026-09-29?"
            commitment/dinner-only.en.json                        | COMMITMENT_NO_ADVANCE       | c1 | "Chen, could you join a visit to a customer like you who runs our solution by 2026-09-29?"
            commitment/rely-on-director-zhang.zh.json             | COMMITMENT_VAGUE            | c2 | “张总，您能在2026-09-27前去一家和您情况相近、已经在用我们方案的客户参观交流吗？”
            """)
    void nextStepIsTheBiggestStepThePersonCanGiveNow(String fixture, String code, String ask, String rewrite) throws Exception {
        Recommendation weak = find(fixture, code, ask);
        assertThat(weak.nextStep()).contains(rewrite);
        assertThat(weak.betterAsk()).as("the better ask as a field, for tools that make it a task").isNotNull();
        assertThat(rewrite).contains(weak.betterAsk().ask());
        assertThat(weak.nextStep()).contains(weak.betterAsk().due().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            commitment/junior-asked-to-introduce-director.en.json | COMMITMENT_TOO_BIG | c1 | give-hour
            commitment/trial-too-early.en.json                    | COMMITMENT_OUT_OF_STAGE | c1 | share-inside-info
            """)
    void theBetterAskNamesItsLadderStep(String fixture, String code, String ask, String step) throws Exception {
        assertThat(find(fixture, code, ask).betterAsk().step()).isEqualTo(step);
    }

    @ParameterizedTest(name = "{0}: {1} on {2}")
    @CsvSource(delimiter = '|', textBlock = """
            commitment/someone-catch-up-soon.en.json | COMMITMENT_VAGUE         | c1 | nobody is named to act
            commitment/someone-catch-up-soon.en.json | COMMITMENT_VAGUE         | c2 | the person's role, influence and support are not scored
            commitment/seller-sends-minutes.en.json  | COMMITMENT_SELLER_ACTION | c1 | "we" act, there is no customer person to ask
            """)
    void noRewriteIsGuessedWithoutAScoredPerson(String fixture, String code, String ask, String why) throws Exception {
        Recommendation weak = find(fixture, code, ask);
        assertThat(weak.nextStep()).as(why).doesNotContain("could you");
        assertThat(weak.betterAsk()).as(why).isNull();
    }

    private static Recommendation find(String fixture, String code, String ask) throws Exception {
        Fixture scenario = AdviceJson.mapper().readValue(Path.of("fixtures", fixture).toFile(), Fixture.class);
        Advice advice = advisor.advise(scenario.request(), scenario.language());
        return advice.recommendations().stream()
                .filter(r -> r.code().equals(code) && r.subject().id().equals(ask)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " on " + ask + " not in " + advice.recommendations()));
    }
}
