package com.commitment.advisor.spark;

import com.commitment.advisor.ruleset.RuleProblem;
import com.commitment.advisor.ruleset.RuleSetException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkFiles;
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
        SparkSession spark = SparkSession.builder().appName("commitment advisor: re-scoring").getOrCreate();
        boolean refused;
        try {
            RuleBytes rules = rules(options.rules());
            refused = rules == null;
            if (!refused) {
                rescore(spark, options, rules);
            }
        } finally {
            spark.stop();
        }
        if (refused) {
            System.exit(1);
        }
    }

    private static void rescore(SparkSession spark, RescoreOptions options, RuleBytes rules) {
        long started = System.nanoTime();
        Rescoring.Counts counts = Rescoring.run(spark, options, rules);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.printf("%d advised, %d skipped (their reasons in %s/bad), %d deals/s, as of %s, rules %s%n",
                counts.advised(), counts.skipped(), options.out(),
                Math.round((counts.advised() + counts.skipped()) / seconds), options.asOf(), rules.version());
    }

    /**
     * The rules folder read and compiled on the driver, so broken rules are refused with file and line before any
     * task starts; null after printing why. A folder not found here is looked for among the archives shipped with
     * the job ({@code --archives rules.zip#rules}), which Spark unpacks for the driver too in every deploy mode.
     */
    private static RuleBytes rules(Path dir) {
        try {
            RuleBytes rules = RuleBytes.read(Files.isDirectory(dir) ? dir : Path.of(SparkFiles.get(dir.toString())));
            Engines.of(rules);
            return rules;
        } catch (RuleSetException e) {
            for (RuleProblem problem : e.problems()) {
                System.err.println("RULES REFUSED " + problem);
            }
            return null;
        }
    }
}
