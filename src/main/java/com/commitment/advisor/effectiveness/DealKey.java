package com.commitment.advisor.effectiveness;

/** One recommendation as feedback names it: the deal it was given on and its key. */
record DealKey(String dealId, String key) {
}
