package com.commitment.advisor.effectiveness;

import com.commitment.advisor.model.FeedbackReason;
import java.util.List;
import java.util.Map;

/**
 * One rule over a period. Feedback counts are of its recommendations (one per deal and key, the latest feedback
 * holding), so {@code done}, the dismissals, {@code snoozed} and {@code noFeedback} add up to
 * {@code recommendations}.
 *
 * @param answers         logged answers that carried at least one of its recommendations
 * @param deals           distinct deals of those answers
 * @param recommendations distinct recommendations shown (deal and key)
 * @param dismissed       dismissals per reason, every reason named
 * @param followed        closed deals where a rep marked one of its recommendations DONE
 * @param ignored         closed deals where none was marked DONE (no feedback, dismissed or snoozed)
 * @param wrongComments   the comments given most often with a WRONG dismissal
 */
public record RuleEffectiveness(String rule, long answers, long deals, long recommendations, long done,
        Map<FeedbackReason, Long> dismissed, long snoozed, long noFeedback, Outcomes followed, Outcomes ignored,
        List<WrongComment> wrongComments) {
}
