package com.commitment.advisor.effectiveness;

import com.commitment.advisor.decision.DecisionStore;
import com.commitment.advisor.feedback.FeedbackStore;
import com.commitment.advisor.security.Access;
import com.commitment.advisor.security.Scope;

/**
 * Whose answers, feedback and deal outcomes a report counts: what the caller sees in the service (a manager their
 * reps'), everything on the command line, whose user holds the database itself.
 */
public record ReportScope(Scope decisions, Scope feedback, Scope deals) {

    static ReportScope of(Access access) {
        return new ReportScope(DecisionStore.visibleTo(access), FeedbackStore.visibleTo(access),
                access.countedDeals("rep"));
    }

    public static ReportScope everything() {
        return new ReportScope(Scope.ALL, Scope.ALL, Scope.ALL);
    }
}
