package com.commitment.advisor.effectiveness;

import com.commitment.advisor.model.FeedbackReason;
import com.commitment.advisor.model.FeedbackStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one rule said in a period, gathered answer by answer; summed up once feedback and outcomes are read. */
final class RuleTally {

    /** How many WRONG comments a rule shows: enough to see a pattern, few enough to read. */
    private static final int TOP_COMMENTS = 5;

    private final String rule;
    private final Set<String> deals = new HashSet<>();
    private final Set<DealKey> shown = new HashSet<>();
    private long answers;

    RuleTally(String rule) {
        this.rule = rule;
    }

    /** One more answer carried at least one of the rule's recommendations. */
    void answered() {
        answers++;
    }

    void shown(DealKey recommendation) {
        deals.add(recommendation.dealId());
        shown.add(recommendation);
    }

    Set<String> deals() {
        return deals;
    }

    Set<DealKey> shown() {
        return shown;
    }

    /** {@code wonByDeal}: true for a WON deal, false for a LOST one; open and unstored deals are absent. */
    RuleEffectiveness summary(Map<DealKey, HeldFeedback> feedback, Map<String, Boolean> wonByDeal, int minDeals) {
        Map<FeedbackReason, Long> dismissed = new EnumMap<>(FeedbackReason.class);
        for (FeedbackReason reason : FeedbackReason.values()) {
            dismissed.put(reason, 0L);
        }
        long done = 0;
        long snoozed = 0;
        long none = 0;
        Set<String> followedDeals = new HashSet<>();
        Map<String, Said> wrong = new HashMap<>();
        for (DealKey recommendation : shown) {
            HeldFeedback held = feedback.get(recommendation);
            if (held == null) {
                none++;
            } else if (held.status() == FeedbackStatus.DONE) {
                done++;
                followedDeals.add(recommendation.dealId());
            } else if (held.status() == FeedbackStatus.SNOOZED) {
                snoozed++;
            } else {
                dismissed.merge(held.reason(), 1L, Long::sum);
                if (held.reason() == FeedbackReason.WRONG && held.comment() != null && !held.comment().isBlank()) {
                    wrong.computeIfAbsent(held.comment().strip(), Said::new).add(held.givenAt());
                }
            }
        }
        Closed followed = new Closed();
        Closed ignored = new Closed();
        for (String deal : deals) {
            Boolean won = wonByDeal.get(deal);
            if (won != null) {
                (followedDeals.contains(deal) ? followed : ignored).add(won);
            }
        }
        return new RuleEffectiveness(rule, answers, deals.size(), shown.size(), done, dismissed, snoozed, none,
                followed.outcomes(minDeals), ignored.outcomes(minDeals), top(wrong.values()));
    }

    /** Said most often first; of those said as often, the latest first. */
    private static List<WrongComment> top(Collection<Said> said) {
        return said.stream().sorted(Comparator.comparingLong((Said s) -> s.count).reversed()
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
