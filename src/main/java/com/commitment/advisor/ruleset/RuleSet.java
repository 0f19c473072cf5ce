package com.commitment.advisor.ruleset;

import com.commitment.advisor.facts.LadderStep;
import com.commitment.advisor.language.ExampleReader;
import com.commitment.advisor.language.TextAnalyzer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * One immutable, versioned set of rules compiled from a rules directory: the Drools rule base, the reader of
 * free text with its lexicons and what it learned from the examples, the message texts, the thresholds and the commitment ladder. Requests share it; a
 * reload builds a new one.
 *
 * @param notes what each rule is for, by its id ({@code plan/no-best}), from the comment its author wrote above it
 */
public record RuleSet(
        String version,
        Instant loadedAt,
        KieBase kieBase,
        TextAnalyzer text,
        ExampleReader examples,
        Messages messages,
        RecommendationOrder order,
        Settings settings,
        List<LadderStep> ladder,
        Map<String, List<String>> rulesPerFolder,
        Map<String, List<String>> rulesPerFile,
        Map<String, RuleNote> notes,
        KieSessionsPool sessions) {

    public int ruleCount() {
        return rulesPerFolder.values().stream().mapToInt(List::size).sum();
    }
}
