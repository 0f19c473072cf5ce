package com.commitment.advisor.backtest;

import com.commitment.advisor.model.Advice;
import com.commitment.advisor.model.Recommendation;
import com.commitment.advisor.model.Subject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compares two answers to one request, recommendation by recommendation. */
final class AnswerChanges {

    private AnswerChanges() {
    }

    /** A recommendation is the same one when its code and subject are: an answer has one per code and subject. */
    private record Same(String code, Subject subject) {

        static Same as(Recommendation r) {
            return new Same(r.code(), r.subject());
        }
    }

    /** Every recommendation of either answer, in the order of {@code before} and then of what appeared. */
    static List<Change> between(Advice before, Advice after) {
        Map<Same, Recommendation> candidate = new LinkedHashMap<>();
        after.recommendations().forEach(r -> candidate.put(Same.as(r), r));
        List<Change> changes = new ArrayList<>();
        for (Recommendation was : before.recommendations()) {
            Recommendation now = candidate.remove(Same.as(was));
            if (now == null) {
                changes.add(new Change(Change.Kind.DISAPPEARED, was.rule(), was.code(), was.subject(),
                        Change.Shown.of(was), null));
            } else {
                Change.Shown shownBefore = Change.Shown.of(was);
                Change.Shown shownAfter = Change.Shown.of(now);
                changes.add(new Change(shownBefore.equals(shownAfter) ? Change.Kind.UNCHANGED : Change.Kind.CHANGED,
                        now.rule(), now.code(), now.subject(), shownBefore, shownAfter));
            }
        }
        candidate.values().forEach(now -> changes.add(new Change(Change.Kind.APPEARED, now.rule(), now.code(),
                now.subject(), null, Change.Shown.of(now))));
        return changes;
    }
}
