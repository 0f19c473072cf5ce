package com.commitment.advisor.spark;

import static com.commitment.advisor.spark.SameLines.assertSameLines;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deals kept as Parquet rows (the requests' fields as columns) get the answers batch gives their JSON lines. */
class ParquetInputIT {

    @TempDir
    Path work;

    @Test
    void rowsAreAdvisedAsTheirJsonLinesInRowOrder() throws Exception {
        Path json = DealsFile.writeGood(work.resolve("deals.jsonl"), 200);
        Path parquet = work.resolve("deals.parquet");
        SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", false).getOrCreate();
        try {
            spark.read().json(json.toString()).coalesce(1).write().parquet(parquet.toString());
        } finally {
            spark.stop();
        }
        Batch.Result batch = Batch.run(json, work);
        Job.Result job = Job.run(parquet, work.resolve("out"), "--parquet");
        assertSameLines(Output.withoutDecisionIds(batch.answers()), Output.withoutDecisionIds(job.answers()));
    }
}
