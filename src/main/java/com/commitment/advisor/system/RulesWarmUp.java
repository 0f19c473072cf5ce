package com.commitment.advisor.system;

import com.commitment.advisor.advice.FixtureValidator;
import com.commitment.advisor.ruleset.RuleFiles;
import com.commitment.advisor.ruleset.RuleSetLoader;
import com.commitment.advisor.ruleset.RuleSnapshot;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Starts building the rules and running the fixtures as soon as the settings are known, on a core of its own,
 * while Spring is still starting: the rule reloader then finds the rules compiled (it waits for a folder still
 * compiling) and the engine warm. Its result is thrown away; only the reloader decides what serves.
 */
class RulesWarmUp implements ApplicationListener<SpringApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(RulesWarmUp.class);

    private RuleSnapshot snapshot;

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            AdvisorProperties properties = Binder.get(prepared.getEnvironment())
                    .bindOrCreate("advisor", AdvisorProperties.class);
            snapshot = new RuleSnapshot(properties.dataDir());
            Thread warmUp = new Thread(() -> warmUp(properties), "rules-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        } else if (event instanceof ApplicationPreparedEvent prepared && snapshot != null) {
            prepared.getApplicationContext().getBeanFactory().registerSingleton("ruleSnapshot", snapshot);
        }
    }

    private void warmUp(AdvisorProperties properties) {
        try {
            new FixtureValidator(properties.fixturesDir(), Clock.systemDefaultZone())
                    .problems(RuleSetLoader.load(RuleFiles.read(properties.rulesDir()), snapshot.compiled()));
        } catch (RuntimeException e) {
            // the reloader reports broken rules with file and line when it loads them itself
            log.debug("warming up the rules failed", e);
        }
    }
}
