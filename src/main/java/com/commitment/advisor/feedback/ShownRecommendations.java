package com.commitment.advisor.feedback;

import com.commitment.advisor.decision.Decision;
import com.commitment.advisor.decision.DecisionStore;
import com.commitment.advisor.decision.LoggedRecommendation;
import com.commitment.advisor.model.Advice;
import com.commitment.advisor.model.Recommendation;
import com.commitment.advisor.security.Caller;
import com.commitment.advisor.security.Scope;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a recommendation key of a deal named when the rep last saw it: its evidence fingerprint, code, rule and
 * answer. Remembered here from every answer (the decision log is written up to a second later), else read from
 * the decision log, so feedback works on another instance of the service and after a restart too.
 */
@Component
class ShownRecommendations {

    /** Keys remembered: the recommendations of the deals reps are working on right now. */
    private static final int REMEMBERED = 100_000;

    record Shown(String key, String fingerprint, String code, String rule, String decisionId) {
    }

    /** Remembered per user who was shown it: another user's answer is read from the log, through their scope. */
    private record DealKey(String dealId, String key, String shownTo) {
    }

    private final Cache<DealKey, Shown> recent = Caffeine.newBuilder().maximumSize(REMEMBERED).build();
    private final DecisionStore decisions;

    ShownRecommendations(DecisionStore decisions) {
        this.decisions = decisions;
    }

    void remember(Advice advice) {
        for (Recommendation r : advice.recommendations()) {
            recent.put(new DealKey(advice.dealId(), r.key(), Caller.currentName()),
                    new Shown(r.key(), r.fingerprint(), r.code(), r.rule(), advice.decisionId()));
        }
    }

    /** {@code visible}: the answers the caller sees, when the key must be read from the log. */
    Optional<Shown> find(String dealId, String key, Scope visible) {
        Shown shown = recent.getIfPresent(new DealKey(dealId, key, Caller.currentName()));
        if (shown != null) {
            return Optional.of(shown);
        }
        return decisions.latestWithKey(dealId, key, visible).flatMap(decision -> shownIn(decision, key));
    }

    private static Optional<Shown> shownIn(Decision decision, String key) {
        for (LoggedRecommendation r : decision.recommendations()) {
            if (key.equals(r.key())) {
                return Optional.of(new Shown(key, r.fingerprint(), r.code(), r.rule(), decision.decisionId()));
            }
        }
        return Optional.empty();
    }
}
