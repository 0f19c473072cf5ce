package com.commitment.advisor.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line for rule authors: works on the rules and fixtures directories alone, without a server or
 * a database. {@code java -jar advisor.jar check}, {@code java -jar advisor.jar explain deal.json}.
 */
@Command(name = "advisor", mixinStandardHelpOptions = true,
        description = "Check and explain the advisor's rules without a server.",
        subcommands = {CheckCommand.class, ExplainCommand.class, BatchCommand.class})
public final class AdvisorCli {

    public static final Set<String> COMMANDS = Set.of("check", "explain", "batch", "help", "--help", "-h");

    private AdvisorCli() {
    }

    /** Runs a command and returns its exit code: 0 all good, 1 rules or fixtures failed, 2 wrong usage. */
    public static int run(String... args) {
        return new CommandLine(new AdvisorCli()).execute(args);
    }
}
