package com.commitment.advisor.model;

/** Each visit plans exactly a best and a minimum commitment. */
public enum CommitmentKind {
    BEST, MINIMUM
}
