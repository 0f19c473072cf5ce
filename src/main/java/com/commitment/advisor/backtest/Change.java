package com.commitment.advisor.backtest;

import com.commitment.advisor.model.Recommendation;
import com.commitment.advisor.model.Severity;
import com.commitment.advisor.model.Subject;

/**
 * What became of one recommendation of a logged answer under the candidate rules.
 *
 * @param rule   the rule that gives it: the candidate's, or the logged rules' when it disappeared
 * @param before as the rep was shown it (replayed under the rules it was logged with); null when it appeared
 * @param after  as the candidate rules give it; null when it disappeared
 */
public record Change(Kind kind, String rule, String code, Subject subject, Shown before, Shown after) {

    public enum Kind {
        APPEARED, DISAPPEARED, CHANGED, UNCHANGED
    }

    /** What a rep reads of a recommendation, and so what a change is judged on. */
    public record Shown(Severity severity, String message, String nextStep) {

        static Shown of(Recommendation r) {
            return new Shown(r.severity(), r.message(), r.nextStep());
        }
    }
}
