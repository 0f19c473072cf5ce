package com.commitment.advisor.model;

/** How a visit ended (Rackham): only an order or an advance is a success. */
public enum Outcome {
    ORDER, ADVANCE, CONTINUATION, NO_SALE
}
