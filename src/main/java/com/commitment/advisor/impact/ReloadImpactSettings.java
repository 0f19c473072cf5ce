package com.commitment.advisor.impact;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the impact measured after each reload ({@code advisor.reload-impact.*}).
 *
 * @param days the answers of this many days, the day of the reload included, are replayed under the old and new rules
 * @param kept how many reloads' impacts are kept in memory, the latest included
 */
@ConfigurationProperties("advisor.reload-impact")
public record ReloadImpactSettings(@DefaultValue("30") int days, @DefaultValue("5") int kept) {

    public ReloadImpactSettings {
        if (days < 1) {
            throw new IllegalArgumentException("advisor.reload-impact.days must be 1 or more");
        }
        if (kept < 1) {
            throw new IllegalArgumentException("advisor.reload-impact.kept must be 1 or more");
        }
    }
}
