package com.commitment.advisor.system;

import com.commitment.advisor.advice.AdviceJson;
import com.commitment.advisor.advice.Advisor;
import com.commitment.advisor.ruleset.RuleSet;
import com.commitment.advisor.ruleset.RuleSetHolder;
import com.commitment.advisor.ruleset.RuleSetLoader;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java advisor into the service: rules from the configured directory, the system clock. */
@Configuration(proxyBeanMethods = false)
class AdvisorConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AdvisorConfiguration.class);

    @Bean
    RuleSetHolder ruleSetHolder(AdvisorProperties properties) {
        RuleSet rules = RuleSetLoader.load(properties.rulesDir());
        log.info("rule set {} loaded from {}: {} rules, {} phrases", rules.version(),
                properties.rulesDir().toAbsolutePath().normalize(), rules.ruleCount(), rules.lexicon().size());
        return new RuleSetHolder(rules);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    Advisor advisor(RuleSetHolder rules, Clock clock) {
        return new Advisor(rules, clock);
    }

    @Bean
    JsonMapperBuilderCustomizer adviceJson() {
        return AdviceJson::configure;
    }
}
