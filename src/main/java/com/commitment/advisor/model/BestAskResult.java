package com.commitment.advisor.model;

/** How the best ask of a visit went. */
public enum BestAskResult {
    AGREED, DECLINED, NOT_ASKED
}
