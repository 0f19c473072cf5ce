package com.commitment.advisor.effectiveness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the rule effectiveness report in one pass over the period's answers in deal order: when a deal's answers
 * are read, it waits in a batch for its feedback and final stage, then each rule that spoke on it counts it. What is
 * held at once is a page of answers, a batch of deals and a few counts per rule, however big the log.
 */
@Component
public class EffectivenessReader {

    private final JdbcClient db;
    private final JsonMapper json;
    private final int minDeals;

    public EffectivenessReader(JdbcClient db, JsonMapper json, EffectivenessSettings settings) {
        this.db = db;
        this.json = json;
        this.minDeals = settings.minDeals();
    }

    public EffectivenessReport read(Period period, ReportScope scope) {
        Map<String, RuleTally> rules = new TreeMap<>();
        Function<String, RuleTally> tally = rule -> rules.computeIfAbsent(rule, RuleTally::new);
        DealsInTurn deals = new DealsInTurn(new Settlement(db, scope, tally), tally);
        new AnswersByDeal(db, json).forEach(period, scope.decisions(), deals);
        deals.end();
        List<RuleEffectiveness> summaries = new ArrayList<>(rules.size());
        rules.values().forEach(rule -> summaries.add(rule.summary(minDeals)));
        return new EffectivenessReport(period.from(), period.to(), minDeals, summaries);
    }
}
