package com.commitment.advisor.spark;

import com.commitment.advisor.ruleset.RuleProblem;
import com.commitment.advisor.ruleset.RuleSetException;
import org.apache.spark.sql.SparkSession;

/**
 * Nightly re-scoring: advises every deal of a JSON Lines (or Parquet) export on a Spark cluster, with the answers
 * {@code java -jar advisor.jar batch} would give, in input order, and the skipped lines with batch's reasons.
 */
public final class RescoreJob {

    private RescoreJob() {
    }

    public static void main(String[] args) {
        RescoreOptions options;
        try {
            options = RescoreOptions.parse(args);
        } catch (RuntimeException e) {
            System.err.println(e.getMessage() + "\n" + RescoreOptions.USAGE);
            System.exit(2);
            return;
        }
        RuleBytes rules;
        try {
            rules = RuleBytes.read(options.rules());
            // compiled here first: broken rules are refused with file and line before any task starts
            Engines.of(rules);
        } catch (RuleSetException e) {
            for (RuleProblem problem : e.problems()) {
                System.err.println("RULES REFUSED " + problem);
            }
            System.exit(1);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("commitment advisor: re-scoring").getOrCreate();
        try {
            long started = System.nanoTime();
            Rescoring.Counts counts = Rescoring.run(spark, options, rules);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.err.printf("%d advised, %d skipped (their reasons in %s/bad), %d deals/s, as of %s, rules %s%n",
                    counts.advised(), counts.skipped(), options.out(),
                    Math.round((counts.advised() + counts.skipped()) / seconds), options.asOf(), rules.version());
        } finally {
            spark.stop();
        }
    }
}
