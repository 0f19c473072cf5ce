package com.commitment.advisor.backtest;

import com.commitment.advisor.cli.AdvisorCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One run of the command line in this JVM, as typed: its exit code and what it printed. */
record Cli(int exit, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(AdvisorCli.class);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Cli(cli.execute(args), out.toString(), err.toString());
    }

    /** What {@code --json} printed. */
    JsonNode json() {
        return JsonMapper.builder().build().readTree(out);
    }
}
