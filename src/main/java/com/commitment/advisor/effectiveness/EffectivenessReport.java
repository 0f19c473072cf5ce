package com.commitment.advisor.effectiveness;

import java.time.LocalDate;
import java.util.List;

/**
 * How each rule fared over a period: what it said, what reps did with it, and how the deals it spoke on ended.
 *
 * @param from     the first day (UTC) of the answers counted; absent: from the start of the log
 * @param to       the last day (UTC); absent: up to now
 * @param minDeals the fewest closed deals a win rate is given for ({@code advisor.effectiveness.min-deals})
 * @param rules    each rule that fired in the period, by name
 */
public record EffectivenessReport(LocalDate from, LocalDate to, int minDeals, List<RuleEffectiveness> rules) {
}
