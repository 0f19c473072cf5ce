package com.commitment.advisor.spark;

import com.commitment.advisor.advice.FullDeals;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A CRM export to advise: full deals made from the fixtures (the engine benchmark's, alternately English and
 * Chinese) with 20 bad lines of every kind batch skips, and blank lines, which batch neither advises nor counts.
 */
final class DealsFile {

    static final int BAD_LINES = 20;

    private static final List<String> BAD = List.of(
            "{\"deal\": {\"id\": \"cut off",
            "{\"deal\": {}}",
            "null",
            "[1, 2]",
            "{\"deal\": {\"id\": \"B-1\", \"asOf\": \"2026-13-45\"}}",
            "{\"deal\": {\"id\": \"B-2\"}, \"people\": [{\"id\": \"x\", \"influence\": 2.5}]}",
            "{\"deal\": {\"id\": \"B-3\"}, \"people\": [{\"id\": \"x\"}, {\"id\": \"x\"}]}");

    private DealsFile() {
    }

    /** {@code deals} requests, one per line, a bad line after every deals / 20 of them and a blank line twice. */
    static Path write(Path file, int deals) {
        return write(file, deals, true);
    }

    /** {@code deals} requests, one per line, and nothing else. */
    static Path writeGood(Path file, int deals) {
        return write(file, deals, false);
    }

    private static Path write(Path file, int deals, boolean withBadLines) {
        FullDeals full = new FullDeals(Path.of("../fixtures"), 23);
        int every = Math.max(1, deals / BAD_LINES);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < deals; i++) {
                out.write(FullDeals.JSON.writeValueAsString(full.next(i, i % 2 == 0 ? "en" : "zh")));
                out.write('\n');
                if (!withBadLines) {
                    continue;
                }
                if (i % every == every / 2) {
                    out.write(BAD.get(i / every % BAD.size()));
                    out.write('\n');
                }
                if (i == deals / 3 || i == deals / 2) {
                    out.write("\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
