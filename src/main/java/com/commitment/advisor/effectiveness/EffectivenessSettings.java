package com.commitment.advisor.effectiveness;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the rule effectiveness report ({@code advisor.effectiveness.*}).
 *
 * @param minDeals the fewest closed (WON or LOST) deals a win rate is given for: below it a rate would be noise
 */
@ConfigurationProperties("advisor.effectiveness")
public record EffectivenessSettings(@DefaultValue("20") int minDeals) {

    public EffectivenessSettings {
        if (minDeals < 1) {
            throw new IllegalArgumentException("advisor.effectiveness.min-deals must be 1 or more");
        }
    }
}
