package com.commitment.advisor.backtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A seeded history of decided deals, each of a kind the test knows (days without an advance, roles covered or a
 * decision person alone, which asks the visit plans), so that what a rule change does can be counted by hand.
 */
public final class GeneratedDeals {

    static final LocalDate AS_OF = LocalDate.of(2026, 10, 15);

    enum Asks { NO_PLAN, BEST_AND_MINIMUM, MINIMUM_ONLY }

    /** @param dpOnly only a decision person is known: UP and PP uncovered, no coach */
    record Deal(String id, String language, int daysWithoutAdvance, boolean dpOnly, Asks asks) {

        String request() {
            boolean en = language.equals("en");
            String people = person("wang", en ? "Wang" : "王总", "DP", 2, 2);
            if (!dpOnly) {
                people += ", " + person("chen", "Chen", "UP", 2, 1) + ", " + person("fang", "Fang", "PP", 1, 1) + ", "
                        + person("sun", "Sun", "IP", 1, 1);
            }
            String best = ask("c1", "BEST", en ? "sign the order by 2026-10-22" : "10月22日前签订单");
            String minimum = ask("c2", "MINIMUM", en ? "send us the org chart by 2026-10-20" : "10月20日前把组织架构图发给我们");
            String plan = switch (asks) {
                case NO_PLAN -> "";
                case BEST_AND_MINIMUM -> ", \"plan\": {\"commitments\": [" + best + ", " + minimum + "]}";
                case MINIMUM_ONLY -> ", \"plan\": {\"commitments\": [" + minimum + "]}";
            };
            return "{\"deal\": {\"id\": \"" + id + "\", \"customer\": \"Customer " + id + "\","
                    + " \"stage\": \"DECISION\","
                    + " \"decidedOn\": \"" + AS_OF.minusDays(daysWithoutAdvance) + "\", \"asOf\": \"" + AS_OF + "\"},"
                    + " \"people\": [" + people + "]" + plan + "}";
        }

        private static String person(String id, String name, String role, int influence, int support) {
            return "{\"id\": \"%s\", \"name\": \"%s\", \"role\": \"%s\", \"influence\": %d, \"support\": %d}"
                    .formatted(id, name, role, influence, support);
        }

        private static String ask(String id, String kind, String action) {
            return "{\"id\": \"%s\", \"kind\": \"%s\", \"by\": \"wang\", \"action\": \"%s\"}"
                    .formatted(id, kind, action);
        }
    }

    private final List<Deal> deals = new ArrayList<>();

    public GeneratedDeals(int count, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            deals.add(new Deal("H-" + i, i % 2 == 0 ? "en" : "zh", random.nextInt(21), random.nextBoolean(),
                    Asks.values()[random.nextInt(Asks.values().length)]));
        }
    }

    List<Deal> all() {
        return List.copyOf(deals);
    }

    /** How many deals are so. */
    int count(Predicate<Deal> so) {
        return (int) deals.stream().filter(so).count();
    }

    /** The requests of one language, one per line, for {@code batch}. */
    public Path write(String language, Path file) {
        try {
            return Files.writeString(file, deals.stream().filter(d -> d.language().equals(language))
                    .map(Deal::request).collect(Collectors.joining("\n", "", "\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
