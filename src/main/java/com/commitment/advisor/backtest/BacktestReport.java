package com.commitment.advisor.backtest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * What a backtest found, for people (the command's text) and programs ({@code --json}).
 *
 * @param since        the first day of the answers replayed; null: from the first logged
 * @param until        the last day; null: to the last logged
 * @param answers      the answers logged in the period
 * @param notReplayed  the answers that could not be replayed, by why
 * @param drift        how many were reproduced exactly: the check that a replay gives what reps were shown
 * @param changedAnswers the answers the candidate changes in any way
 * @param rules        per rule, what became of its recommendations; the rules that change something first
 * @param deals        per deal the candidate changes, the lines that change
 */
public record BacktestReport(String candidateDir, String candidateRuleset, String currentRuleset, LocalDate since,
        LocalDate until, int answers, List<NotReplayed> notReplayed, Drift drift, int changedAnswers,
        int dealsAffected, List<RuleCount> rules, List<DealChanges> deals) {

    public record NotReplayed(String why, int answers) {
    }

    /**
     * @param replayed         the answers replayed
     * @param reproduced       of them, those that came out exactly as logged
     * @param asLogged         those replayed under the rules they were logged with, kept in the data directory
     * @param underCurrentRules those replayed under the current rules, theirs being no longer kept
     * @param notReproduced    the first few decision ids not reproduced, to look up in the decision log
     */
    public record Drift(int replayed, int reproduced, int asLogged, int underCurrentRules,
            List<String> notReproduced) {

        @JsonProperty("share")
        public double share() {
            return replayed == 0 ? 1 : (double) reproduced / replayed;
        }
    }

    /** @param deals the deals on which the rule's recommendations appeared, disappeared or changed */
    public record RuleCount(String rule, int appeared, int disappeared, int changed, int unchanged, int deals) {
    }

    /** @param lines each change once, with the number of the deal's answers it is in */
    public record DealChanges(String dealId, int answers, int changedAnswers, List<Line> lines) {
    }

    public record Line(Change change, int answers) {
    }
}
