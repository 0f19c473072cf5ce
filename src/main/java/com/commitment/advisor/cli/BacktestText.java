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
        BacktestReport.Drift drift = report.drift();
        out.println("Backtest of " + report.candidateDir() + " (" + report.candidateRuleset() + ") on "
                + report.answers() + " logged answers, " + (report.since() == null ? "from the first" : "from "
                + report.since()) + (report.until() == null ? " to the last" : " to " + report.until()));
        out.println();
        out.printf(Locale.ROOT, "Drift check: %d of %d answers reproduced exactly (%s), %d under the rules they were "
                + "logged with, %d under the current rules %s%n", drift.reproduced(), drift.replayed(),
                percent(drift.share()), drift.asLogged(), drift.underCurrentRules(), report.currentRuleset());
        if (!drift.notReproduced().isEmpty()) {
            out.println("  not reproduced (decision ids): " + String.join(", ", drift.notReproduced()));
        }
        report.notReplayed().forEach(left -> out.println("  not replayed: " + left.answers() + " " + left.why()));
        out.println();
        out.printf(Locale.ROOT, "The candidate changes %d of %d answers (%s), on %s.%n", report.changedAnswers(),
                drift.replayed(), percent(drift.replayed() == 0 ? 0 : (double) report.changedAnswers()
                        / drift.replayed()), count(report.dealsAffected(), "deal"));
        List<BacktestReport.RuleCount> changing = report.rules().stream().filter(r -> r.deals() > 0).toList();
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
        List<BacktestReport.RuleCount> steady = report.rules().stream().filter(r -> r.deals() == 0).toList();
        if (!steady.isEmpty()) {
            int unchanged = steady.stream().mapToInt(BacktestReport.RuleCount::unchanged).sum();
            out.println((changing.isEmpty() ? "  all " : "  the other ") + count(steady.size(), "rule")
                    + " change nothing (" + count(unchanged, "recommendation") + " unchanged)");
        }
        for (BacktestReport.DealChanges deal : report.deals()) {
            out.println();
            out.println(deal.dealId() + ": " + deal.changedAnswers() + " of " + deal.answers() + " answers change");
            for (BacktestReport.Line line : deal.lines()) {
                out.println("  " + describe(line.change()) + (deal.answers() == 1 ? "" : "  (in " + line.answers()
                        + (line.answers() == 1 ? " answer)" : " answers)")));
            }
        }
    }

    private static String describe(Change c) {
        String what = c.code() + " on " + c.subject().type() + " " + c.subject().id() + " [" + c.rule() + "]";
        return switch (c.kind()) {
            case APPEARED -> "APPEARED    " + c.after().severity() + " " + what;
            case DISAPPEARED -> "DISAPPEARED " + c.before().severity() + " " + what;
            case CHANGED, UNCHANGED -> "CHANGED     " + what + differences(c.before(), c.after());
        };
    }

    private static String differences(Change.Shown before, Change.Shown after) {
        StringBuilder text = new StringBuilder();
        if (before.severity() != after.severity()) {
            text.append(": severity ").append(before.severity()).append(" -> ").append(after.severity());
        }
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
