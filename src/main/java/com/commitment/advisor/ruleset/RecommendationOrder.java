package com.commitment.advisor.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The order of recommendations within one severity, from {@code rules/recommendation-order.csv}: sales-ops decide
 * which of two equally urgent codes a rep reads first. Every code that has texts is listed exactly once.
 */
public final class RecommendationOrder {

    static final String FILE = "recommendation-order.csv";
    private static final String HEADER = "code";

    private final Map<String, Integer> places;

    private RecommendationOrder(Map<String, Integer> places) {
        this.places = Map.copyOf(places);
    }

    static RecommendationOrder load(RuleFiles files, Set<String> codes) {
        if (!files.files().containsKey(FILE)) {
            throw new RuleSetException(FILE, 0, "missing: the order of the codes within one severity");
        }
        List<Csv.Row> rows = Csv.rows(FILE, files.text(FILE));
        if (rows.isEmpty() || !rows.get(0).field(0).equals(HEADER)) {
            throw new RuleSetException(FILE, rows.isEmpty() ? 1 : rows.get(0).line(),
                    "the first line must be the header: code,why it comes here");
        }
        Map<String, Integer> places = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            String code = row.field(0);
            Integer earlier = lines.putIfAbsent(code, row.line());
            if (earlier != null) {
                problems.add(RulePolicy.CODES_ORDERED.at(FILE, row.line(), code + " is already on line " + earlier));
            } else if (!codes.contains(code)) {
                problems.add(RulePolicy.CODES_ORDERED.at(FILE, row.line(), code
                        + " has no texts in the message files: correct the code, or remove the line"));
            }
            places.putIfAbsent(code, places.size());
        }
        Set<String> missing = new TreeSet<>(codes);
        missing.removeAll(places.keySet());
        for (String code : missing) {
            problems.add(RulePolicy.CODES_ORDERED.at(FILE, 0, code + " is not listed: add a line for it where a rep "
                    + "should read it among the codes of its severity"));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return new RecommendationOrder(places);
    }

    /** Where a code comes within its severity: smaller first. */
    public int place(String code) {
        return places.getOrDefault(code, Integer.MAX_VALUE);
    }
}
