package com.commitment.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.model.Advice;
import com.commitment.advisor.model.Recommendation;
import com.commitment.advisor.model.Severity;
import com.commitment.advisor.ruleset.RuleSet;
import com.commitment.advisor.ruleset.RuleSetLoader;
import com.commitment.advisor.ruleset.RulesCopy;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Within one severity, recommendations come in the order of rules/recommendation-order.csv, which sales-ops edit. */
class RecommendationOrderTest {

    private static final String STALLED = "fixtures/roles/recruiting-stalled.en.json";

    @TempDir
    Path copy;

    @Test
    void theStalledDealComesBeforeWhoHoldsItAsTheFileSays() {
        assertThat(highCodes(RuleSetLoader.load(Path.of("rules")))).containsSubsequence("DEAL_STALLED", "ROLE_BLOCKER");
    }

    @Test
    void movingALineOfTheFileMovesTheRecommendation() {
        RulesCopy rules = RulesCopy.of(Path.of("rules"), copy);
        String order = "recommendation-order.csv";
        rules.replace(order, "DEAL_STALLED,", "MOVED,");
        rules.replace(order, "ROLE_BLOCKER,", "DEAL_STALLED,");
        rules.replace(order, "MOVED,", "ROLE_BLOCKER,");

        assertThat(highCodes(RuleSetLoader.load(copy))).containsSubsequence("ROLE_BLOCKER", "DEAL_STALLED");
    }

    private static List<String> highCodes(RuleSet rules) {
        Fixture scenario = AdviceJson.mapper().readValue(new File(STALLED), Fixture.class);
        Advice advice = new Advisor(() -> rules, Clock.systemUTC()).advise(scenario.request(), "en");
        return advice.recommendations().stream().filter(r -> r.severity() == Severity.HIGH)
                .map(Recommendation::code).distinct().toList();
    }
}
