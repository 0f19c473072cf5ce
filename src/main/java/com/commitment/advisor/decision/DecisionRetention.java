package com.commitment.advisor.decision;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Deletes decisions older than {@code advisor.decisions.retention-days}, at start and every retention-check. */
@Component
class DecisionRetention implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(DecisionRetention.class);

    private final DecisionSettings settings;
    private final DecisionStore store;
    private final Clock clock;

    DecisionRetention(DecisionSettings settings, DecisionStore store, Clock clock) {
        this.settings = settings;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::deleteExpired, settings.retentionCheck());
    }

    void deleteExpired() {
        try {
            int deleted = store.deleteBefore(clock.instant().minus(Duration.ofDays(settings.retentionDays())));
            if (deleted > 0) {
                log.info("decision log: {} decisions older than {} days deleted", deleted, settings.retentionDays());
            }
        } catch (DataAccessException e) {
            log.warn("decision log: could not delete decisions older than {} days, will try again in {}: {}",
                    settings.retentionDays(), settings.retentionCheck(), e.getMostSpecificCause().toString());
        }
    }
}
