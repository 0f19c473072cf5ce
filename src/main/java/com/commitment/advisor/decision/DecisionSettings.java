package com.commitment.advisor.decision;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the decision log ({@code advisor.decisions.*}).
 *
 * @param enabled        log every answer of the advice endpoints
 * @param queueCapacity  answers waiting for the writer; beyond it they are dropped (and counted), never waited for
 * @param queueBytes     the most request bodies waiting, in bytes, so a stalled database cannot fill the heap
 * @param batchSize      the most answers written in one transaction
 * @param flushInterval  the longest an answer waits in the queue before it is written
 * @param mask           JSON pointers, {@code *} for any array element or member, whose values are stored as
 *                       {@code "**masked**"}
 * @param retentionDays  older decisions are deleted
 * @param retentionCheck how often to look for decisions older than that
 */
@ConfigurationProperties("advisor.decisions")
public record DecisionSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10000") int queueCapacity,
        @DefaultValue("64MB") DataSize queueBytes,
        @DefaultValue("1000") int batchSize,
        @DefaultValue("1s") Duration flushInterval,
        @DefaultValue List<String> mask,
        @DefaultValue("400") int retentionDays,
        @DefaultValue("1h") Duration retentionCheck) {

    public DecisionSettings {
        require(queueCapacity >= 1, "queue-capacity must be 1 or more");
        require(queueBytes.toBytes() >= 1024 * 1024, "queue-bytes must be 1MB or more: a request may be 1 MiB");
        require(batchSize >= 1, "batch-size must be 1 or more");
        require(flushInterval.toMillis() >= 1 && flushInterval.compareTo(Duration.ofSeconds(1)) <= 0,
                "flush-interval must be between 1ms and 1s: a crash may lose no more than the last second");
        require(retentionDays >= 1, "retention-days must be 1 or more");
        require(retentionCheck.toMillis() >= 1, "retention-check must be 1ms or more");
        mask = List.copyOf(mask);
        JsonMask.of(mask); // a malformed pointer stops the start, not the first decision
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException("advisor.decisions." + problem);
        }
    }
}
