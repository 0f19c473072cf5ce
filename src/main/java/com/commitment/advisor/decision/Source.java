package com.commitment.advisor.decision;

/** Which way an answer was asked for: {@code POST /api/v1/advice}, a stored deal's advice, or the batch command. */
public enum Source {
    API, DEAL, BATCH
}
