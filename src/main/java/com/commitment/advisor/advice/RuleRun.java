package com.commitment.advisor.advice;

import com.commitment.advisor.facts.Finding;
import com.commitment.advisor.ruleset.RuleSet;
import com.commitment.advisor.ruleset.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

/** One fresh session on the shared rule base: insert the facts, fire with a cap, collect the findings. */
final class RuleRun {

    /** A finding and the rule that inserted it ({@code commitment/seller-does-the-work}). */
    record Fired(Finding finding, String rule) {
    }

    /** The findings, and every rule that fired in firing order (also those that only derive facts, like table rows). */
    record Run(List<Fired> findings, List<String> rulesFired) {
    }

    private RuleRun() {
    }

    static Run run(RuleSet rules, List<Object> facts) {
        List<Fired> findings = new ArrayList<>();
        Map<String, Integer> firings = new LinkedHashMap<>();
        KieSession session = rules.kieBase().newKieSession();
        try {
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getObject() instanceof Finding finding) {
                        findings.add(new Fired(finding, ruleId(event.getRule())));
                    }
                }
            });
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    firings.merge(ruleId(event.getMatch().getRule()), 1, Integer::sum);
                }
            });
            for (Object fact : facts) {
                session.insert(fact);
            }
            int cap = rules.settings().get(Settings.MAX_FIRINGS);
            if (session.fireAllRules(cap) >= cap) {
                String busiest = firings.entrySet().stream().max(Map.Entry.comparingByValue())
                        .map(Map.Entry::getKey).orElse("?");
                throw new RunawayRulesException(busiest, cap);
            }
            return new Run(findings, List.copyOf(firings.keySet()));
        } finally {
            session.dispose();
        }
    }

    static String ruleId(Rule rule) {
        if (rule == null) {
            return "?";
        }
        return rule.getPackageName().replace('.', '/') + "/" + slugOf(rule.getName());
    }

    /** "Seller is the one to act" → {@code seller-is-the-one-to-act}. */
    static String slugOf(String ruleName) {
        return ruleName.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    }
}
