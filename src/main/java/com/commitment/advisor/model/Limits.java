package com.commitment.advisor.model;

/** Input limits of the v1 contract (docs/api.md): part of the contract, not of the selling method. */
public final class Limits {
    public static final int MAX_ITEMS = 500;
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_ID = 200;

    private Limits() {
    }
}
