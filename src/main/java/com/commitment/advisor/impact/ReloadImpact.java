package com.commitment.advisor.impact;

import com.commitment.advisor.backtest.BacktestReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What one reload changed in the answers of the last days: the logged answers of {@code since} to the day of the
 * reload replayed under the rules served before it and after it, as {@code backtest} replays them. The counts are
 * null until it is {@code DONE}.
 *
 * @param reason         why it failed or was not finished; null otherwise
 * @param answers        the answers logged in the period
 * @param replayed       of them, those replayed (previews and answers on stored deals are not)
 * @param changedAnswers the replayed answers the new rules change in any way
 * @param share          changedAnswers of replayed, 0 to 1
 * @param rules          per rule, what became of its recommendations; the rules that change something first
 */
public record ReloadImpact(String oldRuleset, String newRuleset, Status status, String reason, Instant startedAt,
        Instant finishedAt, int days, LocalDate since, Integer answers, Integer replayed, Integer changedAnswers,
        Double share, Integer dealsAffected, List<BacktestReport.RuleCount> rules) {

    public enum Status {
        RUNNING, DONE, FAILED,
        /** A newer reload came before it finished: that one is measured instead. */
        SUPERSEDED
    }

    static ReloadImpact running(String oldRuleset, String newRuleset, Instant at, int days, LocalDate since) {
        return new ReloadImpact(oldRuleset, newRuleset, Status.RUNNING, null, at, null, days, since, null, null, null,
                null, null, null);
    }

    ReloadImpact done(BacktestReport report, Instant at) {
        int replayedAnswers = report.drift().replayed();
        return new ReloadImpact(oldRuleset, newRuleset, Status.DONE, null, startedAt, at, days, since,
                report.answers(), replayedAnswers, report.changedAnswers(),
                replayedAnswers == 0 ? 0 : (double) report.changedAnswers() / replayedAnswers, report.dealsAffected(),
                report.rules());
    }

    ReloadImpact ended(Status how, String why, Instant at) {
        return new ReloadImpact(oldRuleset, newRuleset, how, why, startedAt, at, days, since, null, null, null, null,
                null, null);
    }
}
