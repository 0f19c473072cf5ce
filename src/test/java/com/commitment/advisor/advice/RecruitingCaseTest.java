package com.commitment.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.model.Advice;
import com.commitment.advisor.model.Recommendation;
import com.commitment.advisor.model.Severity;
import com.commitment.advisor.ruleset.RuleSet;
import com.commitment.advisor.ruleset.RuleSetLoader;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked case of method §stalled through the real rules: the VP said yes, the deal stalled, and the remedy is
 * a peer reference for the HR manager and a technical exchange for the technical director, blockers first.
 */
class RecruitingCaseTest {

    private final RuleSet rules = RuleSetLoader.load(Path.of("rules"));
    private final Advisor advisor = new Advisor(() -> rules, Clock.systemUTC());

    @Test
    void theBlockersAreChenAndFangEachWithTheRemedyOfTheirRole() {
        Advice advice = advise("fixtures/roles/recruiting-stalled.en.json", "en");
        List<Recommendation> blockers = advice.recommendations().stream()
                .filter(r -> r.code().equals("ROLE_BLOCKER")).toList();

        assertThat(blockers).extracting(r -> r.subject().id()).containsExactly("chen", "fang");
        assertThat(blockers).allSatisfy(r -> assertThat(r.severity()).isEqualTo(Severity.HIGH));
        assertThat(blockers.get(0).nextStep()).contains("Chen").contains("worked for before");
        assertThat(blockers.get(0).evidence()).containsExactly("UP chen: influence 2, support -1");
        assertThat(blockers.get(1).nextStep()).contains("Fang").contains("technical exchange").contains("in-house");
        assertThat(advice.recommendations().get(0).severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void theDecisionPersonIsShownAloneWithTheRowsOfThoseAgainst() {
        Recommendation alone = advise("fixtures/roles/recruiting-stalled.zh.json", "zh").recommendations().stream()
                .filter(r -> r.code().equals("DP_ALONE")).findFirst().orElseThrow();

        assertThat(alone.subject().id()).isEqualTo("liang");
        assertThat(alone.evidence()).containsExactly("DP liang：影响力 2，支持度 2", "PP fang：影响力 2，支持度 -1",
                "UP chen：影响力 2，支持度 -1");
        assertThat(alone.message()).contains("梁总");
    }

    @Test
    void evidenceIsInTheLanguageOfTheAnswerAndItsFingerprintIsTheSameInBoth() {
        Recommendation en = stalled(advise("fixtures/roles/recruiting-stalled.zh.json", "en"));
        Recommendation zh = stalled(advise("fixtures/roles/recruiting-stalled.zh.json", "zh"));

        assertThat(en.evidence()).anySatisfy(line -> assertThat(line).endsWith(", said \"内部还要商量一下\""));
        assertThat(zh.evidence()).hasSameSizeAs(en.evidence())
                .anySatisfy(line -> assertThat(line).endsWith("，说：“内部还要商量一下”"));
        assertThat(zh.fingerprint()).isEqualTo(en.fingerprint());
    }

    private static Recommendation stalled(Advice advice) {
        return advice.recommendations().stream().filter(r -> r.code().equals("DEAL_STALLED")).findFirst().orElseThrow();
    }

    private Advice advise(String fixture, String language) {
        Fixture scenario = AdviceJson.mapper().readValue(new File(fixture), Fixture.class);
        return advisor.advise(scenario.request(), language);
    }
}
