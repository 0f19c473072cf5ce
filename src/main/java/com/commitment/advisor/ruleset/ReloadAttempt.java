package com.commitment.advisor.ruleset;

import java.time.Instant;
import java.util.List;

/** One try at putting the rules on disk into service, and why it was refused if it was. */
public record ReloadAttempt(Instant at, String version, Result result, List<RuleProblem> problems) {

    public enum Result {
        /** The new rules passed every check and now serve. */
        SWAPPED,
        /** The files on disk are the ones already serving. */
        UNCHANGED,
        /** The new rules failed a check; the old ones keep serving. */
        REFUSED
    }

    public ReloadAttempt {
        problems = List.copyOf(problems);
    }
}
