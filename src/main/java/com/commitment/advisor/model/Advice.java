package com.commitment.advisor.model;

import java.util.List;

/** The answer to one request: ranked recommendations, the rule set that made them and an id to trace them. */
public record Advice(
        String dealId,
        String decisionId,
        String ruleset,
        Outcome outcome,
        List<Recommendation> recommendations) {
}
