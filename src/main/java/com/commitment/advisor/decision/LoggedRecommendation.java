package com.commitment.advisor.decision;

import com.commitment.advisor.model.Recommendation;
import com.commitment.advisor.model.Severity;
import com.commitment.advisor.model.Subject;
import java.util.ArrayList;
import java.util.List;

/** A recommendation as the log keeps it: what names it and where it ranked; not its texts, which the rules make. */
public record LoggedRecommendation(int rank, String code, String rule, Subject subject, Severity severity, String key,
        String fingerprint) {

    /** Ranks count from 1, in the order of the answer. */
    public static List<LoggedRecommendation> of(List<Recommendation> recommendations) {
        List<LoggedRecommendation> logged = new ArrayList<>(recommendations.size());
        for (Recommendation r : recommendations) {
            logged.add(new LoggedRecommendation(logged.size() + 1, r.code(), r.rule(), r.subject(), r.severity(),
                    r.key(), r.fingerprint()));
        }
        return logged;
    }
}
