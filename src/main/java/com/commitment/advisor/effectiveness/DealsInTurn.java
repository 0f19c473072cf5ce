package com.commitment.advisor.effectiveness;

import com.commitment.advisor.decision.LoggedRecommendation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Groups answers read in deal order into what each deal was shown, handed to the settlement when the next deal
 * starts; counts each answer for every rule it carries, once.
 */
final class DealsInTurn implements AnswersByDeal.Answer {

    private final Settlement settlement;
    private final Function<String, RuleTally> rules;
    private DealShown current;

    DealsInTurn(Settlement settlement, Function<String, RuleTally> rules) {
        this.settlement = settlement;
        this.rules = rules;
    }

    @Override
    public void read(String dealId, List<LoggedRecommendation> recommendations) {
        if (current == null || !current.dealId().equals(dealId)) {
            if (current != null) {
                settlement.add(current);
            }
            current = new DealShown(dealId);
        }
        Set<String> inThisAnswer = new HashSet<>();
        for (LoggedRecommendation r : recommendations) {
            current.shown(r.rule(), r.key());
            if (inThisAnswer.add(r.rule())) {
                rules.apply(r.rule()).answered();
            }
        }
    }

    /** After the last answer: the last deal, and every deal still waiting, are counted. */
    void end() {
        if (current != null) {
            settlement.add(current);
        }
        settlement.settle();
    }
}
