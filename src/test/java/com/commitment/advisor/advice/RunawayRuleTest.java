package com.commitment.advisor.advice;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.commitment.advisor.model.AdviceRequest;
import com.commitment.advisor.model.Deal;
import com.commitment.advisor.ruleset.RuleSet;
import com.commitment.advisor.ruleset.RuleSetLoader;
import com.commitment.advisor.ruleset.RulesCopy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that keeps triggering itself stops at the firing cap and is named, instead of hanging the request. */
class RunawayRuleTest {

    @TempDir
    Path dir;

    @Test
    void aLoopingRuleIsStoppedAtTheCapAndNamed() {
        RulesCopy rules = RulesCopy.of(Path.of("rules"), dir);
        rules.write("plan/loop.drl", RulesCopy.testFile("broken-rules/loop.drl"));
        RuleSet looping = RuleSetLoader.load(dir);
        Advisor advisor = new Advisor(() -> looping, Clock.systemUTC());
        AdviceRequest request = new AdviceRequest(
                new Deal("D-1", null, null, null, null, null, null, null, null, null), List.of(), null, null, List.of());

        assertThatThrownBy(() -> advisor.advise(request, "en")).isInstanceOf(RunawayRulesException.class)
                .hasMessageContaining("plan/echo-every-setting-forever")
                .hasMessageContaining("engine.max-rule-firings");
    }
}
