package com.commitment.advisor.bench;

import com.commitment.advisor.advice.FullDeals;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes N full deals as JSON Lines, a CRM export for the batch benchmark: {@code GenerateDeals N FILE [DISTINCT]},
 * DISTINCT different deals (default 1024) repeated with their own ids.
 */
public final class GenerateDeals {

    private GenerateDeals() {
    }

    public static void main(String[] args) throws IOException {
        long count = Long.parseLong(args[0]);
        int distinct = args.length > 2 ? Integer.parseInt(args[2]) : 1024;
        FullDeals deals = new FullDeals(Path.of("fixtures"), 42);
        // distinct deals repeated with their own ids: making each one anew takes longer than advising it
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            lines.add(FullDeals.JSON.writeValueAsString(deals.next(i, i % 2 == 0 ? "en" : "zh")));
        }
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (long i = 0; i < count; i++) {
                int k = (int) (i % distinct);
                out.write(lines.get(k).replace("\"G-" + k + "-", "\"G-" + i + "-"));
                out.newLine();
            }
        }
    }
}
