package com.commitment.advisor.facts;

/** An ask of the deal's history the customer did not commit to, derived once by {@code diagnosis/refusals.drl}. */
public record Refusal(PastAsk ask) {
}
