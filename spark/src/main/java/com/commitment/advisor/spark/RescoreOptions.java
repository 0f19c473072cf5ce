package com.commitment.advisor.spark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's command line, batch's where they share an option. {@code asOf} is fixed here, on the driver, once: a run
 * that crosses midnight advises every deal as of the same day.
 */
record RescoreOptions(String in, String out, Path rules, String lang, LocalDate asOf, Integer partitions,
        boolean parquet) {

    static final String USAGE = """
            usage: RescoreJob IN OUT [--rules DIR] [--lang en|zh] [--as-of YYYY-MM-DD] [--partitions N] [--parquet]
              IN          JSON Lines (one request per line), or Parquet with --parquet: a file or a folder of them
              OUT         a new folder: answers/ in input order, bad/ with each skipped line's number and reason
              --rules     rules folder, read on the driver (default: rules)
              --lang      en or zh (default: en)
              --as-of     the day deals without their own asOf are advised as of (default: today on the driver)
              --partitions spread the lines over N tasks (an input of one unsplittable file is one task otherwise)""";

    static RescoreOptions parse(String... args) {
        List<String> positional = new ArrayList<>();
        Path rules = Path.of("rules");
        String lang = "en";
        LocalDate asOf = LocalDate.now();
        Integer partitions = null;
        boolean parquet = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rules" -> rules = Path.of(value(args, ++i));
                case "--lang" -> lang = value(args, ++i);
                case "--as-of" -> asOf = LocalDate.parse(value(args, ++i));
                case "--partitions" -> partitions = Integer.valueOf(value(args, ++i));
                case "--parquet" -> parquet = true;
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + args[i]);
                    }
                    positional.add(args[i]);
                }
            }
        }
        if (positional.size() != 2) {
            throw new IllegalArgumentException("expected IN and OUT, got " + positional);
        }
        return new RescoreOptions(positional.get(0), positional.get(1), rules, lang, asOf, partitions, parquet);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
