package com.commitment.advisor.web;

import com.commitment.advisor.ruleset.RuleReloader;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/** Health says STALE while a snapshot serves because the rules on disk were refused. */
@Component("rules")
class RulesHealth implements HealthIndicator {

    static final Status STALE = new Status("STALE", "the rules on disk were refused; the last good snapshot serves");

    private final RuleReloader reloader;

    RulesHealth(RuleReloader reloader) {
        this.reloader = reloader;
    }

    @Override
    public Health health() {
        Health.Builder health = reloader.stale() ? Health.status(STALE) : Health.up();
        return health.withDetail("version", reloader.holder().get().version()).build();
    }
}
