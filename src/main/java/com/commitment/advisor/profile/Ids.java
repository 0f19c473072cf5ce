package com.commitment.advisor.profile;

/** Ids of customers and people are the rep's (their CRM's) and appear in paths, so some characters are out. */
final class Ids {

    static final String PATTERN = "[^/\\\\?#%;\\s]+";
    static final String MESSAGE = "must not contain / \\ ? # % ; or spaces";

    private Ids() {
    }
}
