package com.commitment.advisor.decision;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.json.JsonMapper;

/** The decision log in the service: on the service's database, closed (and flushed) before the database is. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DecisionConfiguration {

    @Bean
    DecisionStore decisionStore(DataSource dataSource, JsonMapper json) {
        return new DecisionStore(dataSource, json);
    }

    @Bean(destroyMethod = "close")
    DecisionLog decisionLog(DecisionSettings settings, DecisionStore store, JsonMapper json, MeterRegistry meters,
            Clock clock) {
        return DecisionLog.start(settings, store, json, meters, clock);
    }
}
