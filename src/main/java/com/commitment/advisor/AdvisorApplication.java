package com.commitment.advisor;

import com.commitment.advisor.cli.AdvisorCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The advisor service: {@code java -jar advisor.jar} serves reps over HTTP on the rules in {@code ./rules};
 * {@code java -jar advisor.jar check|explain ...} runs the rule authors' command line without a server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AdvisorApplication {

    public static void main(String[] args) {
        if (args.length > 0 && AdvisorCli.COMMANDS.contains(args[0])) {
            System.setProperty("logback.configurationFile", "logback-cli.xml");
            System.exit(AdvisorCli.run(args));
        }
        SpringApplication.run(AdvisorApplication.class, args);
    }
}
