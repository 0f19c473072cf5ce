package com.commitment.advisor.impact;

import com.commitment.advisor.ruleset.RuleReloader;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Measures each reload's impact in the service, on the service's decision log; stopped before the database is. */
@Configuration(proxyBeanMethods = false)
class ReloadImpactConfiguration {

    @Bean(destroyMethod = "close")
    ReloadImpacts reloadImpacts(RuleReloader reloader, DataSource dataSource, ReloadImpactSettings settings,
            Clock clock) {
        ReloadImpacts impacts = new ReloadImpacts(dataSource, reloader.rulesDir(), settings, clock);
        reloader.holder().onSwap(impacts::reloaded);
        return impacts;
    }
}
