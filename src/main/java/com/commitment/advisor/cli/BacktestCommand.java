package com.commitment.advisor.cli;

import com.commitment.advisor.advice.AdviceJson;
import com.commitment.advisor.advice.RulePolicies;
import com.commitment.advisor.backtest.Backtest;
import com.commitment.advisor.backtest.BacktestReport;
import com.commitment.advisor.ruleset.RuleHistory;
import com.commitment.advisor.ruleset.RuleProblem;
import com.commitment.advisor.ruleset.RuleReloader;
import com.commitment.advisor.ruleset.RuleSet;
import com.commitment.advisor.ruleset.RuleSetException;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Before a rule change goes live: replays the logged answers of a period under the rules they were given with and
 * under the candidate rules, and says what the change would have altered for reps. Reads the service's database,
 * also while it runs.
 */
@Command(name = "backtest", description = "Replay the logged answers under candidate rules and show what would "
        + "change: exit 0 when the candidate loads, 1 when it is refused (file:line), 3 when the database cannot be "
        + "opened.")
final class BacktestCommand implements Callable<Integer> {

    @Option(names = "--candidate", required = true, description = "the changed rules, e.g. a copy of rules/ edited")
    Path candidate;

    @Option(names = "--since", description = "first day of answers to replay, yyyy-mm-dd (default: the first logged)")
    LocalDate since;

    @Option(names = "--until", description = "last day of answers to replay, yyyy-mm-dd (default: the last logged)")
    LocalDate until;

    @Option(names = "--json", description = "print the report as JSON, for programs")
    boolean json;

    @Mixin
    RulesOption rules;

    @Option(names = "--fixtures", defaultValue = "fixtures",
            description = "the scenarios the candidate must pass, as in a reload (default: ${DEFAULT-VALUE})")
    Path fixtures;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (since != null && until != null && since.isAfter(until)) {
            throw new ParameterException(spec.commandLine(), "--since " + since + " is after --until " + until);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleSet current = rules.load(err);
        if (current == null) {
            return 1;
        }
        RuleSet proposed;
        try {
            proposed = RuleReloader.candidate(candidate, new RulePolicies(fixtures, Clock.systemDefaultZone()));
        } catch (RuleSetException refused) {
            for (RuleProblem problem : refused.problems()) {
                err.println("CANDIDATE REFUSED " + problem);
            }
            err.flush();
            return 1;
        }
        try (HikariDataSource opened = database.open(err)) {
            if (opened == null) {
                return 3;
            }
            RuleHistory kept = new RuleHistory(database.dataDir, Integer.MAX_VALUE); // only read: the service bounds it
            Backtest backtest = new Backtest(opened, kept, current, candidate, proposed, ZoneId.systemDefault());
            BacktestReport report = backtest.run(new Backtest.Period(since, until));
            backtest.unusableRuleSets().forEach(version -> err.println("rule set " + version + " is kept but this "
                    + "advisor cannot compile it: its answers were replayed under the current rules"));
            if (json) {
                out.println(AdviceJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
            } else {
                BacktestText.print(out, report);
            }
        }
        out.flush();
        err.flush();
        return 0;
    }
}
