package com.commitment.advisor.cli;

import com.commitment.advisor.effectiveness.EffectivenessReport;
import com.commitment.advisor.effectiveness.Outcomes;
import com.commitment.advisor.effectiveness.Period;
import com.commitment.advisor.effectiveness.RuleEffectiveness;
import java.util.Locale;
import java.util.stream.Collectors;

/** The rule effectiveness report as text to read in a terminal: a block per rule. */
final class EffectivenessText {

    private EffectivenessText() {
    }

    static String of(EffectivenessReport report) {
        StringBuilder text = new StringBuilder();
        text.append("Rule effectiveness, answers of ").append(new Period(report.from(), report.to()).describe())
                .append(" (UTC days); a win rate needs ").append(report.minDeals()).append(" closed deals.\n")
                .append("Followed vs ignored is a correlation, not proof: reps follow advice more on healthier ")
                .append("deals.\n");
        if (report.rules().isEmpty()) {
            text.append("\nNo rule gave a recommendation in this period.\n");
        }
        for (RuleEffectiveness rule : report.rules()) {
            long dismissed = rule.dismissed().values().stream().mapToLong(Long::longValue).sum();
            text.append('\n').append(rule.rule()).append('\n')
                    .append("  fired: ").append(rule.answers()).append(" answers, ").append(rule.deals())
                    .append(" deals, ").append(rule.recommendations()).append(" recommendations\n")
                    .append("  feedback: ").append(rule.done()).append(" done, ").append(dismissed)
                    .append(" dismissed").append(reasons(rule)).append(", ").append(rule.snoozed())
                    .append(" snoozed, ").append(rule.noFeedback()).append(" none\n")
                    .append("  followed (done): ").append(outcomes(rule.followed())).append('\n')
                    .append("  ignored or dismissed: ").append(outcomes(rule.ignored())).append('\n');
            if (!rule.wrongComments().isEmpty()) {
                text.append("  said WRONG: ").append(rule.wrongComments().stream()
                        .map(c -> "\"" + c.comment() + "\" (" + c.count() + ")").collect(Collectors.joining("; ")))
                        .append('\n');
            }
        }
        return text.toString();
    }

    /** The reasons given, as {@code (WRONG 4, OTHER 1)}; nothing when there were none. */
    private static String reasons(RuleEffectiveness rule) {
        String given = rule.dismissed().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return given.isEmpty() ? "" : " (" + given + ")";
    }

    private static String outcomes(Outcomes outcomes) {
        String rate = outcomes.winRate() == null ? "no win rate, " + outcomes.whyNoRate()
                : String.format(Locale.ROOT, "win rate %.1f %%", 100 * outcomes.winRate());
        return outcomes.won() + " won, " + outcomes.lost() + " lost; " + rate;
    }
}
