package com.commitment.advisor.model;

import java.util.List;

/**
 * The answer to one request: ranked recommendations, the rule set that made them and an id to trace them.
 *
 * @param suppressed the recommendations left out because the rep's feedback on them still holds
 */
public record Advice(
        String dealId,
        String decisionId,
        String ruleset,
        Outcome outcome,
        List<Recommendation> recommendations,
        List<Suppressed> suppressed) {

    public Advice withRecommendations(List<Recommendation> shown, List<Suppressed> left) {
        return new Advice(dealId, decisionId, ruleset, outcome, shown, left);
    }
}
