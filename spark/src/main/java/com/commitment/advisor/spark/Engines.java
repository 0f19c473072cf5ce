package com.commitment.advisor.spark;

import com.commitment.advisor.advice.AdviceJson;
import com.commitment.advisor.advice.Advisor;
import com.commitment.advisor.ruleset.RuleSet;
import com.commitment.advisor.ruleset.RuleSetLoader;
import java.time.Clock;
import tools.jackson.databind.json.JsonMapper;

/**
 * The advisor of one JVM: built once from the broadcast rule files, by the first task that needs it, and kept for
 * every later task and partition of that executor while the files' version stays the same.
 */
final class Engines {

    /** An advisor on one rule set, and the JSON mapper batch reads requests and writes answers with. */
    record Engine(String version, Advisor advisor, JsonMapper json) {
    }

    private static Engine current;

    private Engines() {
    }

    /** Synchronised: the tasks of one executor wait for the one that compiles, instead of each compiling its own. */
    static synchronized Engine of(RuleBytes rules) {
        if (current == null || !current.version().equals(rules.version())) {
            RuleSet ruleSet = RuleSetLoader.load(rules.ruleFiles());
            // the clock is never read: the job passes the day it advises as of to every call
            current = new Engine(rules.version(), new Advisor(() -> ruleSet, Clock.systemUTC()), AdviceJson.mapper());
        }
        return current;
    }
}
