package com.commitment.advisor.system;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the service ({@code advisor.*}, or environment variables such as {@code ADVISOR_RULES_DIR}).
 * Relative paths count from the working directory.
 *
 * @param rulesDir      the rules sales-ops edit
 * @param fixturesDir   the scenarios new rules must pass before they serve
 * @param dataDir       where the service keeps its state (the last good rules snapshot)
 * @param rulesHistorySize how many of the rule sets it served it keeps in {@code rules-history/}, for backtests
 * @param adminToken    the bearer token of the rules status and reload endpoints; unset, they are closed
 * @param watchRules    reload when the rules directory changes
 * @param reloadDebounce how long the files must be quiet before a reload
 */
@ConfigurationProperties("advisor")
public record AdvisorProperties(
        @DefaultValue("rules") Path rulesDir,
        @DefaultValue("fixtures") Path fixturesDir,
        @DefaultValue("data") Path dataDir,
        @DefaultValue("20") int rulesHistorySize,
        String adminToken,
        @DefaultValue("true") boolean watchRules,
        @DefaultValue("200ms") Duration reloadDebounce) {
}
