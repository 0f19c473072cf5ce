package com.commitment.advisor.spark;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.hadoop.io.Text;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/** The Spark plan: read with line numbers, advise each partition, put back in input order, write both outputs. */
final class Rescoring {

    /** How many lines were advised and how many skipped. */
    record Counts(long advised, long skipped) {
    }

    private Rescoring() {
    }

    static Counts run(SparkSession spark, RescoreOptions options, RuleBytes rules) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<RuleBytes> shipped = sc.broadcast(rules);
        String lang = options.lang();
        LocalDate asOf = options.asOf();
        var lines = Inputs.read(spark, options.in(), options.parquet());
        JavaRDD<Outcome> inOrder;
        if (options.partitions() == null) {
            inOrder = lines.mapPartitions(part -> advise(part, shipped, lang, asOf));
        } else {
            long count = lines.count();
            inOrder = lines.repartition(options.partitions())
                    .mapPartitions(part -> advise(part, shipped, lang, asOf))
                    .mapToPair(outcome -> new Tuple2<>(outcome.index(), outcome))
                    .repartitionAndSortWithinPartitions(new IndexRanges(options.partitions(), count))
                    .values();
        }
        // counted in the stage that writes, so a task run again after a lost shuffle is not counted twice
        LongAccumulator advised = sc.sc().longAccumulator("advised");
        LongAccumulator skipped = sc.sc().longAccumulator("skipped");
        inOrder.mapToPair(outcome -> {
            (outcome.bad() ? skipped : advised).add(1);
            return new Tuple2<>(new Text(outcome.bad() ? "bad" : "answers"), new Text(outcome.text()));
        }).saveAsHadoopFile(options.out(), Text.class, Text.class, TwoFolders.class);
        return new Counts(advised.value(), skipped.value());
    }

    /** Advises one partition's lines lazily, skipping blank ones as batch does, on this JVM's one rule set. */
    private static Iterator<Outcome> advise(Iterator<Tuple2<String, Long>> lines, Broadcast<RuleBytes> rules,
            String lang, LocalDate asOf) {
        Engines.Engine engine = Engines.of(rules.value());
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED), false)
                .filter(line -> !line._1().isBlank())
                .map(line -> LineAdvice.advise(engine, line._1(), line._2(), lang, asOf))
                .iterator();
    }
}
