package com.commitment.advisor.profile;

import com.commitment.advisor.model.Stage;

/** A stored deal in a customer's list of deals. */
public record DealSummary(String id, Stage stage, boolean sealed, long version, String rep) {
}
