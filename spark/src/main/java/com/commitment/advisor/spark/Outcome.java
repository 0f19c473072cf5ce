package com.commitment.advisor.spark;

import java.io.Serializable;

/** What became of one input line (numbered from 0): its answer as one JSON line, or why it was skipped. */
record Outcome(long index, boolean bad, String text) implements Serializable {
}
