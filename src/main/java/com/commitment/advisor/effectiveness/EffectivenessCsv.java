package com.commitment.advisor.effectiveness;

import com.commitment.advisor.model.FeedbackReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The report as CSV (RFC 4180), one row per rule, for spreadsheets: a win rate is left empty when too few deals
 * closed; the WRONG comments share one cell as {@code comment (count)}, separated by {@code " | "}.
 */
public final class EffectivenessCsv {

    private EffectivenessCsv() {
    }

    public static String of(EffectivenessReport report) {
        List<String> header = new ArrayList<>(List.of("rule", "answers", "deals", "recommendations", "done"));
        for (FeedbackReason reason : FeedbackReason.values()) {
            header.add("dismissed_" + reason.name().toLowerCase(Locale.ROOT));
        }
        header.addAll(List.of("snoozed", "no_feedback", "followed_won", "followed_lost", "followed_win_rate",
                "ignored_won", "ignored_lost", "ignored_win_rate", "wrong_comments"));
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        for (RuleEffectiveness rule : report.rules()) {
            List<String> cells = new ArrayList<>(List.of(rule.rule(), n(rule.answers()), n(rule.deals()),
                    n(rule.recommendations()), n(rule.done())));
            for (FeedbackReason reason : FeedbackReason.values()) {
                cells.add(n(rule.dismissed().get(reason)));
            }
            cells.addAll(List.of(n(rule.snoozed()), n(rule.noFeedback()), n(rule.followed().won()),
                    n(rule.followed().lost()), rate(rule.followed()), n(rule.ignored().won()),
                    n(rule.ignored().lost()), rate(rule.ignored()), rule.wrongComments().stream()
                            .map(c -> c.comment() + " (" + c.count() + ")").collect(Collectors.joining(" | "))));
            line(csv, cells);
        }
        return csv.toString();
    }

    private static String n(long count) {
        return Long.toString(count);
    }

    private static String rate(Outcomes outcomes) {
        return outcomes.winRate() == null ? "" : outcomes.winRate().toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(EffectivenessCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /** Quoted when it holds a comma, quote or line break; a leading = + - @ is defused so no spreadsheet runs it. */
    static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
