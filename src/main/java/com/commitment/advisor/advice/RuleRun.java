package com.commitment.advisor.advice;

import com.commitment.advisor.facts.Finding;
import com.commitment.advisor.facts.Rewrite;
import com.commitment.advisor.facts.VisitOutcome;
import com.commitment.advisor.model.Outcome;
import com.commitment.advisor.ruleset.RuleSet;
import com.commitment.advisor.ruleset.Settings;
import com.commitment.advisor.ruleset.RuleIds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/** One session on the shared rule base, clean as new: insert the facts, fire with a cap, collect the findings. */
final class RuleRun {

    /** A finding and the rule that inserted it ({@code commitment/seller-does-the-work}). */
    record Fired(Finding finding, String rule) {
    }

    /**
     * The findings, the outcomes the rules concluded (one for a debrief), the better asks they suggest for weak
     * commitments, and every rule that fired in firing order (also those that only derive facts).
     */
    record Run(List<Fired> findings, List<Outcome> outcomes, List<Rewrite> rewrites, List<String> rulesFired) {
    }

    /** Rule ids by package and name: a few hundred at most, computed once rather than at every firing. */
    private static final Map<String, String> IDS = new ConcurrentHashMap<>();

    private RuleRun() {
    }

    static Run run(RuleSet rules, List<Object> facts) {
        List<Finding> inserted = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        List<Rewrite> rewrites = new ArrayList<>();
        List<Rule> insertedBy = new ArrayList<>();
        Map<Rule, Integer> firings = new LinkedHashMap<>();
        RuleRuntimeEventListener findings = new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getObject() instanceof Finding finding) {
                    inserted.add(finding);
                    insertedBy.add(event.getRule());
                } else if (event.getObject() instanceof VisitOutcome concluded) {
                    outcomes.add(concluded.outcome());
                } else if (event.getObject() instanceof Rewrite rewrite) {
                    rewrites.add(rewrite);
                }
            }
        };
        AgendaEventListener counter = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                firings.merge(event.getMatch().getRule(), 1, Integer::sum);
            }
        };
        // pooled sessions keep their node memories between requests: much cheaper than a new session each time
        KieSession session = rules.sessions().newKieSession();
        try {
            session.addEventListener(findings);
            session.addEventListener(counter);
            for (Object fact : facts) {
                session.insert(fact);
            }
            int cap = rules.settings().get(Settings.MAX_FIRINGS);
            if (session.fireAllRules(cap) >= cap) {
                Rule busiest = firings.entrySet().stream().max(Map.Entry.comparingByValue())
                        .map(Map.Entry::getKey).orElse(null);
                throw new RunawayRulesException(ruleId(busiest), cap);
            }
        } finally {
            session.removeEventListener(findings);
            session.removeEventListener(counter);
            session.dispose();
        }
        List<Fired> fired = new ArrayList<>(inserted.size());
        for (int i = 0; i < inserted.size(); i++) {
            fired.add(new Fired(inserted.get(i), ruleId(insertedBy.get(i))));
        }
        return new Run(fired, outcomes, rewrites, firings.keySet().stream().map(RuleRun::ruleId).toList());
    }

    static String ruleId(Rule rule) {
        if (rule == null) {
            return "?";
        }
        return IDS.computeIfAbsent(rule.getPackageName() + "/" + rule.getName(),
                key -> RuleIds.of(rule.getPackageName().replace('.', '/'), rule.getName()));
    }
}
