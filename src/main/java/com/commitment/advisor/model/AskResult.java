package com.commitment.advisor.model;

/** What became of an ask: agreed, declined, put off, then kept or broken. */
public enum AskResult {
    AGREED, DECLINED, DEFERRED, KEPT, BROKEN
}
