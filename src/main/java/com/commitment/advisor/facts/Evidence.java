package com.commitment.advisor.facts;

import com.commitment.advisor.model.Person;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One thing a finding rests on: a key whose text is {@code evidence.<key>} in the message files, and the values of
 * its placeholders. Each language shows its own words; the facts stay the same, and so does the fingerprint that
 * feedback is kept against. A value that is not known is left out, so a template's {@code [optional part]} drops.
 */
public record Evidence(String key, Map<String, String> params) {

    /** Keys the Java side gives (a quoted clause, a person's row, a history row, an agreed action): texts required. */
    public static final String QUOTE = "quote";
    public static final String PERSON = "person";
    public static final String HISTORY = "history";
    public static final String AGREED = "agreed";

    public Evidence {
        params = Map.copyOf(params);
    }

    /** {@code of("no-proof", "need", $need.id(), "text", $need.text())}: names and values in turn. */
    public static Evidence of(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("evidence \"" + key + "\": every placeholder name needs a value");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                params.put(String.valueOf(namesAndValues[i]), value instanceof Collection<?> items ? sorted(items)
                        : String.valueOf(value));
            }
        }
        return new Evidence(key, params);
    }

    /** A set reads the same in every run, roles in their own order: {@code DP UP PP}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String sorted(Collection<?> items) {
        return items.stream().sorted((a, b) -> a instanceof Comparable c && a.getClass() == b.getClass()
                ? c.compareTo(b) : String.valueOf(a).compareTo(String.valueOf(b)))
                .map(String::valueOf).collect(Collectors.joining(" "));
    }

    /** A clause as written: {@code customerSaid: "we'll run the pilot on Monday" (2026-12-07)}. */
    public static Evidence of(Clause clause) {
        return of(QUOTE, "field", clause.field(), "text", clause.text(), "date", clause.date());
    }

    /** A person's row of the role table: {@code UP chen: influence 2, support -1}. */
    public static Evidence of(Person person) {
        return of(PERSON, "role", person.role(), "person", person.id(), "influence", person.influence(),
                "support", person.support());
    }

    /** A row of the deal's history: {@code history[2] (2026-09-05, sun): DEFERRED "a meeting", said "not now"}. */
    public static Evidence of(PastAsk ask) {
        return of(HISTORY, "row", ask.id(), "date", ask.date(), "of", ask.of(), "result", ask.result(),
                "action", ask.action(), "said", ask.said());
    }

    /** An action agreed at the visit: {@code debrief.agreed[0] (chen): "run a trial" by 2026-09-25}. */
    public static Evidence of(Agreement agreed) {
        return of(AGREED, "row", agreed.id(), "by", agreed.by(), "action", agreed.action(), "due", agreed.due());
    }

    /**
     * A text leaning to a label of the examples: {@code reads-like-order}, {@code reads-like-serves-us}, each with its
     * own text in the message files: {@code customerSaid: "we're in" reads like an order (92 % sure)}.
     */
    public static Evidence of(Leaning leaning) {
        return of("reads-like-" + leaning.label().toLowerCase(Locale.ROOT).replace('_', '-'),
                "field", leaning.field(), "text", leaning.text(), "percent", leaning.percent());
    }

    /** The same in every language and message wording: what the recommendation's fingerprint is made of. */
    public String facts() {
        return key + new TreeMap<>(params);
    }
}
