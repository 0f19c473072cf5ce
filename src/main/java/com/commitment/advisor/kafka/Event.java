package com.commitment.advisor.kafka;

/**
 * One deal-change event as read: its key (the deal id), value (a request of {@code POST /api/v1/advice}), the
 * {@code language} and {@code rep} headers (null when absent), and where it was read.
 */
record Event(String key, byte[] value, String language, String rep, int partition, long offset) {
}
