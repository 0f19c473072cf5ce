package com.commitment.advisor.cli;

import com.commitment.advisor.backtest.BacktestReport;
import com.commitment.advisor.backtest.Change;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The backtest report for people: the drift check first, then the counts per rule, then the lines per deal. */
final class BacktestText {

    private BacktestText() {
    }

    static void print(PrintWriter out, BacktestReport report) {
        out.println("Backtest of " + report.candidateDir() + " (" + report.candidateRuleset() + ") on "
                + period(report));
        out.println();
        drift(out, report);
        out.println();
        int replayed = report.drift().replayed();
        out.printf(Locale.ROOT, "The candidate changes %d of %d answers (%s), on %s.%n", report.changedAnswers(),
                replayed, percent(replayed == 0 ? 0 : (double) report.changedAnswers() / replayed),
                count(report.dealsAffected(), "deal"));
        rules(out, report.rules());
        for (BacktestReport.DealChanges deal : report.deals()) {
            out.println();
            out.println(deal.dealId() + ": " + deal.changedAnswers() + " of " + deal.answers() + " answers changed");
            for (BacktestReport.Line line : deal.lines()) {
                out.println("  " + describe(line.change(), deal.answers() == 1 ? ""
                        : "  (in " + count(line.answers(), "answer") + ")"));
            }
        }
    }

    private static String period(BacktestReport report) {
        String answers = report.answers() + " answers logged";
        if (report.since() == null && report.until() == null) {
            return "all " + answers;
        }
        if (report.until() == null) {
            return answers + " since " + report.since();
        }
        return answers + (report.since() == null ? " until " + report.until()
                : " from " + report.since() + " to " + report.until());
    }

    private static void drift(PrintWriter out, BacktestReport report) {
        BacktestReport.Drift drift = report.drift();
        out.printf(Locale.ROOT, "Drift check: %d of %d answers reproduced exactly (%s)%n", drift.reproduced(),
                drift.replayed(), percent(drift.share()));
        out.println("  " + drift.asLogged() + " replayed under the rules they were logged with, "
                + drift.underCurrentRules() + " under the current rules (" + report.currentRuleset() + ")");
        if (!drift.notReproduced().isEmpty()) {
            out.println("  not reproduced (decision ids): " + String.join(", ", drift.notReproduced()));
        }
        report.notReplayed().forEach(left -> out.println("  not replayed: " + left.answers() + " " + left.why()));
    }

    /** The rules that change something, in a table; the others in one line. */
    private static void rules(PrintWriter out, List<BacktestReport.RuleCount> rules) {
        List<BacktestReport.RuleCount> changing = rules.stream().filter(r -> r.deals() > 0).toList();
        if (!changing.isEmpty()) {
            String row = "  %-" + changing.stream().mapToInt(r -> r.rule().length()).max().orElse(0)
                    + "s %8s %11s %7s %9s %5s%n";
            out.println();
            out.printf(Locale.ROOT, row, "rule", "appeared", "disappeared", "changed", "unchanged", "deals");
            for (BacktestReport.RuleCount rule : changing) {
                out.printf(Locale.ROOT, row, rule.rule(), rule.appeared(), rule.disappeared(), rule.changed(),
                        rule.unchanged(), rule.deals());
            }
        }
        List<BacktestReport.RuleCount> steady = rules.stream().filter(r -> r.deals() == 0).toList();
        if (!steady.isEmpty()) {
            int unchanged = steady.stream().mapToInt(BacktestReport.RuleCount::unchanged).sum();
            out.println((changing.isEmpty() ? "  all " : "  the other ") + count(steady.size(), "rule")
                    + " change nothing (" + count(unchanged, "recommendation") + " unchanged)");
        }
    }

    /** One line per change, {@code inAnswers} after it; a changed text below it, before and now. */
    private static String describe(Change c, String inAnswers) {
        String what = c.code() + " on " + c.subject().type() + " " + c.subject().id() + " [" + c.rule() + "]";
        return switch (c.kind()) {
            case APPEARED -> "APPEARED    " + c.after().severity() + " " + what + inAnswers;
            case DISAPPEARED -> "DISAPPEARED " + c.before().severity() + " " + what + inAnswers;
            case CHANGED, UNCHANGED -> "CHANGED     " + what + severity(c.before(), c.after()) + inAnswers
                    + texts(c.before(), c.after());
        };
    }

    private static String severity(Change.Shown before, Change.Shown after) {
        return before.severity() == after.severity() ? ""
                : ": severity " + before.severity() + " -> " + after.severity();
    }

    private static String texts(Change.Shown before, Change.Shown after) {
        StringBuilder text = new StringBuilder();
        if (!before.message().equals(after.message())) {
            text.append("\n      message:   \"").append(before.message()).append("\"\n        now:     \"")
                    .append(after.message()).append('"');
        }
        if (!before.nextStep().equals(after.nextStep())) {
            text.append("\n      next step: \"").append(before.nextStep()).append("\"\n        now:     \"")
                    .append(after.nextStep()).append('"');
        }
        return text.toString();
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
