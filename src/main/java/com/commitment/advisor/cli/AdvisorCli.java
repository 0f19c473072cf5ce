package com.commitment.advisor.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: for rule authors, on the rules and fixtures directories alone, without a server or a database
 * ({@code java -jar advisor.jar check}, {@code explain deal.json}, {@code batch}), and a rule change tried on the
 * answers of the decision log ({@code backtest --candidate DIR}); for admins, the service's users
 * ({@code users add li --role REP}); for sales-ops, reports from its database ({@code report effectiveness}).
 */
@Command(name = "advisor", mixinStandardHelpOptions = true,
        description = "Check and explain the advisor's rules without a server, backtest a change on the logged "
                + "answers; manage its users; report how rules fare.",
        subcommands = {CheckCommand.class, ExplainCommand.class, BatchCommand.class, BacktestCommand.class,
                UsersCommand.class, ReportCommand.class})
public final class AdvisorCli {

    public static final Set<String> COMMANDS = Set.of("check", "explain", "batch", "backtest", "users", "report",
            "help", "--help", "-h");

    private AdvisorCli() {
    }

    /** Runs a command and returns its exit code: 0 all good, 1 rules or fixtures failed, 2 wrong usage. */
    public static int run(String... args) {
        return new CommandLine(new AdvisorCli()).execute(args);
    }
}
