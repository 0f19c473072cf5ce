package com.commitment.advisor.model;

import java.util.List;

/**
 * One explained next step for the rep.
 *
 * @param key         the same for the same deal, rule, code and subject on every call: what feedback names
 * @param fingerprint a hash of the facts behind the evidence: changes when they change, the same in every language
 * @param feedback    the rep's latest feedback on it for this deal; null when none was given
 * @param betterAsk   for a weak commitment, the step to ask instead; null when the rules suggest none
 */
public record Recommendation(
        String code,
        Severity severity,
        Subject subject,
        String message,
        String nextStep,
        String rule,
        String principle,
        List<String> evidence,
        String key,
        String fingerprint,
        FeedbackGiven feedback,
        SuggestedStep betterAsk) {

    public Recommendation withFeedback(FeedbackGiven given) {
        return new Recommendation(code, severity, subject, message, nextStep, rule, principle, evidence, key,
                fingerprint, given, betterAsk);
    }
}
