package com.commitment.advisor.decision;

/**
 * Which way an answer was asked for: {@code POST /api/v1/advice}, the same marked {@code ?preview=true} (a what-if
 * on facts not saved, which an analysis of advice given should leave out), a stored deal's advice, the batch
 * command, or a deal-change event on the Kafka topic.
 */
public enum Source {
    API, PREVIEW, DEAL, BATCH, EVENT
}
