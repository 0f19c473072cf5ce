package com.commitment.advisor.spark;

import org.apache.spark.Partitioner;

/** Line i of n goes to part i * parts / n: parts written in order, each sorted, hold the lines in input order. */
final class IndexRanges extends Partitioner {

    private final int parts;
    private final long lines;

    IndexRanges(int parts, long lines) {
        this.parts = parts;
        this.lines = Math.max(lines, 1);
    }

    @Override
    public int numPartitions() {
        return parts;
    }

    @Override
    public int getPartition(Object key) {
        return (int) Math.min(parts - 1, (Long) key * parts / lines);
    }
}
