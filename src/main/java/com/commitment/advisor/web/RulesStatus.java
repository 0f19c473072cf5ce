package com.commitment.advisor.web;

import com.commitment.advisor.impact.ReloadImpact;
import com.commitment.advisor.impact.ReloadImpacts;
import com.commitment.advisor.ruleset.ReloadAttempt;
import com.commitment.advisor.ruleset.RuleNote;
import com.commitment.advisor.ruleset.RuleReloader;
import com.commitment.advisor.ruleset.RuleSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What sales-ops see at {@code GET /api/v1/rules}: the rules in service, where they came from, and the last
 * refused attempt with its problems, and what the last reloads changed in the answers of the last days.
 *
 * @param stale                true while the rules serving are the snapshot because the rules on disk were refused
 * @param ruleNotes            what each rule is for, by its id: its file and line, its author's comment, its method
 *                             section
 * @param lastReloadImpact     what the latest reload that swapped rules changed; null before the first
 * @param earlierReloadImpacts those of the few reloads before it, the latest first
 */
public record RulesStatus(String version, Instant loadedAt, String rulesDir, boolean stale, int rules,
        Map<String, List<String>> rulesPerFile, ReloadAttempt lastFailure, Map<String, RuleNote> ruleNotes,
        ReloadImpact lastReloadImpact, List<ReloadImpact> earlierReloadImpacts) {

    static RulesStatus of(RuleReloader reloader, ReloadImpacts impacts) {
        RuleSet current = reloader.holder().get();
        List<ReloadImpact> recent = impacts.recent();
        return new RulesStatus(current.version(), current.loadedAt(),
                reloader.rulesDir().toAbsolutePath().normalize().toString(), reloader.stale(), current.ruleCount(),
                current.rulesPerFile(), reloader.lastFailure(), current.notes(), recent.isEmpty() ? null : recent.get(0),
                recent.isEmpty() ? List.of() : recent.subList(1, recent.size()));
    }
}
