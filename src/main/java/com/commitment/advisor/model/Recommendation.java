package com.commitment.advisor.model;

import java.util.List;

/** One explained next step for the rep. */
public record Recommendation(
        String code,
        Severity severity,
        Subject subject,
        String message,
        String nextStep,
        String rule,
        String principle,
        List<String> evidence) {
}
