package com.commitment.advisor.advice;

import com.commitment.advisor.model.Outcome;
import java.util.List;

/**
 * How one fixture fared: the codes that were expected but missing, the codes that must not appear but did,
 * the outcome when it differs, or the error that stopped it.
 *
 * @param fixture the scenario as read; null when the file is no fixture or has no request
 */
public record FixtureResult(String file, String name, List<String> missing, List<String> unexpected,
        Outcome expectedOutcome, Outcome outcome, List<String> codes, List<String> rules, String error,
        Fixture fixture) {

    public boolean passed() {
        return error == null && missing.isEmpty() && unexpected.isEmpty()
                && (expectedOutcome == null || expectedOutcome == outcome);
    }

    /** One line for a person: what failed and what the advice gave instead. */
    public String explain() {
        if (error != null) {
            return file + ": " + error;
        }
        StringBuilder out = new StringBuilder(file + " (" + name + "):");
        if (!missing.isEmpty()) {
            out.append(" missing ").append(missing);
        }
        if (!unexpected.isEmpty()) {
            out.append(" unexpected ").append(unexpected);
        }
        if (expectedOutcome != null && expectedOutcome != outcome) {
            out.append(" outcome ").append(outcome).append(" instead of ").append(expectedOutcome);
        }
        return out.append("; got ").append(codes).toString();
    }
}
