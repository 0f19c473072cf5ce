package com.commitment.advisor.backtest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Adds up the replayed answers into the report: the drift check, the counts per rule, the lines per deal. */
final class Tally {

    private static final int NOT_REPRODUCED_NAMED = 10;

    private int answers;
    private final Map<String, Integer> notReplayed = new LinkedHashMap<>();
    private int replayed;
    private int reproduced;
    private int asLogged;
    private final List<String> notReproduced = new ArrayList<>();
    private int changedAnswers;
    private final Map<String, int[]> perRule = new TreeMap<>();
    private final Map<String, Set<String>> dealsPerRule = new HashMap<>();
    private final Map<String, Integer> answersPerDeal = new HashMap<>();
    private final Map<String, Integer> changedAnswersPerDeal = new TreeMap<>();
    private final Map<String, Map<Change, Integer>> linesPerDeal = new HashMap<>();
    private final boolean keepLines;

    /** @param keepLines keep each deal's changed lines; without them memory holds counts only */
    Tally(boolean keepLines) {
        this.keepLines = keepLines;
    }

    void add(Replay.Result result) {
        answers++;
        if (result.notReplayed() != null) {
            notReplayed.merge(result.notReplayed(), 1, Integer::sum);
            return;
        }
        replayed++;
        asLogged += result.asLogged() ? 1 : 0;
        if (result.reproduced()) {
            reproduced++;
        } else if (notReproduced.size() < NOT_REPRODUCED_NAMED) {
            notReproduced.add(result.decision().decisionId());
        }
        String deal = result.decision().dealId();
        answersPerDeal.merge(deal, 1, Integer::sum);
        boolean changed = false;
        for (Change change : result.changes()) {
            perRule.computeIfAbsent(change.rule(), rule -> new int[Change.Kind.values().length])[change.kind().ordinal()]++;
            if (change.kind() != Change.Kind.UNCHANGED) {
                changed = true;
                dealsPerRule.computeIfAbsent(change.rule(), rule -> new HashSet<>()).add(deal);
                if (keepLines) {
                    linesPerDeal.computeIfAbsent(deal, d -> new LinkedHashMap<>()).merge(change, 1, Integer::sum);
                }
            }
        }
        if (changed) {
            changedAnswers++;
            changedAnswersPerDeal.merge(deal, 1, Integer::sum);
        }
    }

    BacktestReport report(Backtest.Period period, String candidateDir, String candidateRuleset,
            String currentRuleset) {
        List<BacktestReport.RuleCount> rules = new ArrayList<>();
        perRule.forEach((rule, counts) -> rules.add(new BacktestReport.RuleCount(rule,
                counts[Change.Kind.APPEARED.ordinal()], counts[Change.Kind.DISAPPEARED.ordinal()],
                counts[Change.Kind.CHANGED.ordinal()], counts[Change.Kind.UNCHANGED.ordinal()],
                dealsPerRule.getOrDefault(rule, Set.of()).size())));
        rules.sort(Comparator.comparingInt((BacktestReport.RuleCount r) -> r.appeared() + r.disappeared() + r.changed())
                .reversed().thenComparing(BacktestReport.RuleCount::rule));
        List<BacktestReport.DealChanges> deals = new ArrayList<>();
        if (keepLines) {
            changedAnswersPerDeal.forEach((deal, changed) -> {
                List<BacktestReport.Line> lines = new ArrayList<>();
                linesPerDeal.get(deal).forEach((change, count) -> lines.add(new BacktestReport.Line(change, count)));
                deals.add(new BacktestReport.DealChanges(deal, answersPerDeal.get(deal), changed, lines));
            });
        }
        List<BacktestReport.NotReplayed> left = new ArrayList<>();
        notReplayed.forEach((why, count) -> left.add(new BacktestReport.NotReplayed(why, count)));
        return new BacktestReport(candidateDir, candidateRuleset, currentRuleset, period.since(), period.until(),
                answers, left, new BacktestReport.Drift(replayed, reproduced, asLogged, replayed - asLogged,
                        List.copyOf(notReproduced)), changedAnswers, changedAnswersPerDeal.size(), rules, deals);
    }
}
