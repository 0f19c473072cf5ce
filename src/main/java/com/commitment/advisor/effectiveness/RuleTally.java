package com.commitment.advisor.effectiveness;

import com.commitment.advisor.model.FeedbackReason;
import com.commitment.advisor.model.FeedbackStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One rule's counts in a period, added answer by answer and deal by deal; summed up at the end. */
final class RuleTally {

    /** How many WRONG comments a rule shows: enough to see a pattern, few enough to read. */
    private static final int TOP_COMMENTS = 5;

    private final String rule;
    private final Map<FeedbackReason, Long> dismissed = new EnumMap<>(FeedbackReason.class);
    private final Map<String, Said> wrong = new HashMap<>();
    private final Closed followed = new Closed();
    private final Closed ignored = new Closed();
    private long answers;
    private long deals;
    private long recommendations;
    private long done;
    private long snoozed;
    private long none;

    RuleTally(String rule) {
        this.rule = rule;
        for (FeedbackReason reason : FeedbackReason.values()) {
            dismissed.put(reason, 0L);
        }
    }

    /** One more answer carried at least one of the rule's recommendations. */
    void answered() {
        answers++;
    }

    /**
     * A deal it spoke on, once: the keys of its recommendations there, the feedback that holds per key, and how the
     * deal ended (true WON, false LOST, null open or not stored). Followed when a rep marked one of them done.
     */
    void settle(Set<String> keys, Map<String, HeldFeedback> feedback, Boolean won) {
        deals++;
        recommendations += keys.size();
        boolean wasFollowed = false;
        for (String key : keys) {
            HeldFeedback held = feedback.get(key);
            if (held == null) {
                none++;
            } else if (held.status() == FeedbackStatus.DONE) {
                done++;
                wasFollowed = true;
            } else if (held.status() == FeedbackStatus.SNOOZED) {
                snoozed++;
            } else {
                dismissed.merge(held.reason(), 1L, Long::sum);
                if (held.reason() == FeedbackReason.WRONG && held.comment() != null && !held.comment().isBlank()) {
                    wrong.computeIfAbsent(held.comment().strip(), Said::new).add(held.givenAt());
                }
            }
        }
        if (won != null) {
            (wasFollowed ? followed : ignored).add(won);
        }
    }

    RuleEffectiveness summary(int minDeals) {
        return new RuleEffectiveness(rule, answers, deals, recommendations, done, new EnumMap<>(dismissed), snoozed,
                none, followed.outcomes(minDeals), ignored.outcomes(minDeals), topComments());
    }

    /** Said most often first; of those said as often, the latest first. */
    private List<WrongComment> topComments() {
        return wrong.values().stream().sorted(Comparator.comparingLong((Said s) -> s.count).reversed()
                        .thenComparing(s -> s.latest, Comparator.reverseOrder()).thenComparing(s -> s.comment))
                .limit(TOP_COMMENTS).map(s -> new WrongComment(s.comment, s.count)).toList();
    }

    /** One comment's count and when it was last given. */
    private static final class Said {

        private final String comment;
        private long count;
        private Instant latest = Instant.MIN;

        Said(String comment) {
            this.comment = comment;
        }

        void add(Instant givenAt) {
            count++;
            if (givenAt.isAfter(latest)) {
                latest = givenAt;
            }
        }
    }

    /** Won and lost deals of one group. */
    private static final class Closed {

        private long won;
        private long lost;

        void add(boolean wasWon) {
            if (wasWon) {
                won++;
            } else {
                lost++;
            }
        }

        Outcomes outcomes(int minDeals) {
            return Outcomes.of(won, lost, minDeals);
        }
    }
}
