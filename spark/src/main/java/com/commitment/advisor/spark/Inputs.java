package com.commitment.advisor.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * The requests of the input, each with its line number from 0 in input order: a file, or a folder's files in name
 * order (one RDD per file, joined in that order, since Spark's own file listing orders splits by size).
 */
final class Inputs {

    private Inputs() {
    }

    /** JSON Lines: every line, blank ones too, so the numbers are batch's; Parquet: each row as its JSON. */
    static JavaPairRDD<String, Long> read(SparkSession spark, String path, boolean parquet) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<JavaRDD<String>> parts = new ArrayList<>();
        for (String file : files(spark, path)) {
            parts.add(parquet
                    ? spark.read().parquet(file).select(to_json(struct(col("*")))).as(Encoders.STRING()).javaRDD()
                    : sc.textFile(file));
        }
        JavaRDD<String> lines = parts.size() == 1 ? parts.get(0) : sc.union(parts.toArray(JavaRDD[]::new));
        return lines.zipWithIndex();
    }

    private static List<String> files(SparkSession spark, String path) {
        Path input = new Path(path);
        try {
            FileSystem fs = input.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.getFileStatus(input).isDirectory()) {
                return List.of(path);
            }
            // _SUCCESS, .crc and the like are Hadoop's bookkeeping, not input
            return Arrays.stream(fs.listStatus(input)).filter(FileStatus::isFile).map(FileStatus::getPath)
                    .filter(p -> !p.getName().startsWith("_") && !p.getName().startsWith("."))
                    .sorted(Comparator.comparing(Path::getName)).map(Path::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path, e);
        }
    }
}
