package com.commitment.advisor.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** Two long lists of lines compared so that a failure names the first line that differs, not ten thousand. */
final class SameLines {

    private SameLines() {
    }

    static void assertSameLines(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "line " + (i + 1));
        }
        assertEquals(expected.size(), actual.size(), "number of lines");
    }
}
