package com.commitment.advisor.spark;

import static com.commitment.advisor.spark.SameLines.assertSameLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local[2] answers a CRM export exactly as batch does (apart from the decision ids), in the same order,
 * with the same reasons for the lines it skips, also when the lines are spread over seven tasks. 10 000 deals;
 * {@code -Plarge} runs 100 000.
 */
class RescoreMatchesBatchIT {

    private static final int DEALS = Integer.getInteger("deals", 10_000);

    @TempDir
    static Path work;

    private static Path deals;
    private static Batch.Result batch;

    @BeforeAll
    static void batchFirst() throws Exception {
        deals = DealsFile.write(work.resolve("deals.jsonl"), DEALS);
        batch = Batch.run(deals, work);
        assertEquals(DEALS, batch.answers().size(), "batch's answers");
        assertEquals(DealsFile.BAD_LINES, batch.skipped().size(), "batch's skipped lines");
    }

    @Test
    void answersAsBatchInInputOrder() throws Exception {
        assertLikeBatch(Job.run(deals, work.resolve("as-read")));
    }

    @Test
    void answersAsBatchInInputOrderAfterRepartitioningIntoSeven() throws Exception {
        assertLikeBatch(Job.run(deals, work.resolve("seven"), "--partitions", "7"));
    }

    private static void assertLikeBatch(Job.Result job) {
        assertSameLines(Output.withoutDecisionIds(batch.answers()), Output.withoutDecisionIds(job.answers()));
        assertSameLines(batch.skipped(), job.skipped());
        assertTrue(job.summary().startsWith(DEALS + " advised, " + DealsFile.BAD_LINES + " skipped"), job.summary());
    }
}
