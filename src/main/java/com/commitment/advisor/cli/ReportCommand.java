package com.commitment.advisor.cli;

import com.commitment.advisor.advice.AdviceJson;
import com.commitment.advisor.effectiveness.BadPeriodException;
import com.commitment.advisor.effectiveness.EffectivenessCsv;
import com.commitment.advisor.effectiveness.EffectivenessReader;
import com.commitment.advisor.effectiveness.EffectivenessReport;
import com.commitment.advisor.effectiveness.EffectivenessSettings;
import com.commitment.advisor.effectiveness.Period;
import com.commitment.advisor.effectiveness.ReportScope;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Reports for sales-ops from the service's database (also while the service runs). */
@Command(name = "report", description = "Reports from the service's database.",
        subcommands = ReportCommand.Effectiveness.class)
final class ReportCommand {

    /**
     * {@code report effectiveness [--from] [--to] [--csv]}: the report of {@code GET /api/v1/rules/effectiveness}, over
     * every answer (whoever runs it holds the database itself).
     */
    @Command(name = "effectiveness", description = "How each rule fared over a period: what it said, what reps did "
            + "with it, and how the deals it spoke on ended (WON or LOST).")
    static final class Effectiveness implements Callable<Integer> {

        @Option(names = "--from", description = "the first day, YYYY-MM-DD (UTC; default: the log's first)")
        LocalDate from;

        @Option(names = "--to", description = "the last day, YYYY-MM-DD (UTC; default: up to now)")
        LocalDate to;

        @Option(names = "--csv", description = "CSV, as the API gives with Accept: text/csv (default: text)")
        boolean csv;

        @Option(names = "--min-deals", defaultValue = "20",
                description = "the fewest closed deals a win rate is given for, as advisor.effectiveness.min-deals "
                        + "(default: ${DEFAULT-VALUE})")
        int minDeals;

        @Mixin
        DatabaseOption database;

        @Spec
        CommandSpec spec;

        /** 0 done, 2 invalid input, 3 the database cannot be opened. */
        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Period period;
            EffectivenessSettings settings;
            try {
                period = new Period(from, to);
                settings = new EffectivenessSettings(minDeals);
            } catch (BadPeriodException e) {
                err.println(e.getBody().getDetail());
                err.flush();
                return 2;
            } catch (IllegalArgumentException e) {
                err.println("--min-deals must be 1 or more");
                err.flush();
                return 2;
            }
            try (HikariDataSource opened = database.open(err)) {
                if (opened == null) {
                    return 3;
                }
                EffectivenessReport report = new EffectivenessReader(JdbcClient.create(opened), AdviceJson.mapper(),
                        settings).read(period, ReportScope.everything());
                out.print(csv ? EffectivenessCsv.of(report) : EffectivenessText.of(report));
                out.flush();
                return 0;
            }
        }
    }
}
