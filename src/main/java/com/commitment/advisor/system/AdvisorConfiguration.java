package com.commitment.advisor.system;

import com.commitment.advisor.advice.AdviceJson;
import com.commitment.advisor.advice.Advisor;
import com.commitment.advisor.advice.RulePolicies;
import com.commitment.advisor.ruleset.RememberedPasses;
import com.commitment.advisor.ruleset.RuleHistory;
import com.commitment.advisor.ruleset.RuleReloader;
import com.commitment.advisor.ruleset.RuleSetHolder;
import com.commitment.advisor.ruleset.RuleSnapshot;
import com.commitment.advisor.ruleset.RulesWatcher;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the plain-Java advisor into the service: rules from the configured directory, checked against the
 * fixtures, reloaded when the files change, counted in the metrics.
 */
@Configuration(proxyBeanMethods = false)
class AdvisorConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    RuleReloader ruleReloader(AdvisorProperties properties, Clock clock, MeterRegistry meters) {
        RuleHistory history = new RuleHistory(properties.dataDir(), properties.rulesHistorySize());
        return RuleReloader.start(properties.rulesDir(), new RuleSnapshot(properties.dataDir(), history),
                new RememberedPasses(new RulePolicies(properties.fixturesDir(), clock),
                        properties.dataDir().resolve("rules-passed"), properties.fixturesDir(), clock),
                attempt -> meters.counter("advisor.rules.reloads", "result", attempt.result().name().toLowerCase())
                        .increment());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnBooleanProperty(name = "advisor.watch-rules", matchIfMissing = true)
    RulesWatcher rulesWatcher(RuleReloader reloader, AdvisorProperties properties) {
        return new RulesWatcher(reloader, properties.reloadDebounce());
    }

    @Bean
    RuleSetHolder ruleSetHolder(RuleReloader reloader) {
        return reloader.holder();
    }

    @Bean
    Advisor advisor(RuleSetHolder rules, Clock clock) {
        return new Advisor(rules, clock);
    }

    /** Spring Boot hands every Flyway callback bean to the migration at start. */
    @Bean
    RewordedMigrations rewordedMigrations() {
        return new RewordedMigrations();
    }

    @Bean
    JsonMapperBuilderCustomizer adviceJson() {
        return AdviceJson::configure;
    }
}
