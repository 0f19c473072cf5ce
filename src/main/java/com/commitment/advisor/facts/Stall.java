package com.commitment.advisor.facts;

/** The customer decided but does not execute (method §stalled): inserted by the stall rules, read by the role rules. */
public record Stall(String reason) {
}
