package com.commitment.advisor.web;

import com.commitment.advisor.ruleset.ReloadAttempt;
import com.commitment.advisor.ruleset.RuleNote;
import com.commitment.advisor.ruleset.RuleReloader;
import com.commitment.advisor.ruleset.RuleSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What sales-ops see at {@code GET /api/v1/rules}: the rules in service, where they came from, and the last
 * refused attempt with its problems.
 *
 * @param stale     true while the rules serving are the snapshot because the rules on disk were refused
 * @param ruleNotes what each rule is for, by its id: its file and line, its author's comment, its method section
 */
public record RulesStatus(String version, Instant loadedAt, String rulesDir, boolean stale, int rules,
        Map<String, List<String>> rulesPerFile, ReloadAttempt lastFailure, Map<String, RuleNote> ruleNotes) {

    static RulesStatus of(RuleReloader reloader) {
        RuleSet current = reloader.holder().get();
        return new RulesStatus(current.version(), current.loadedAt(),
                reloader.rulesDir().toAbsolutePath().normalize().toString(), reloader.stale(), current.ruleCount(),
                current.rulesPerFile(), reloader.lastFailure(), current.notes());
    }
}
