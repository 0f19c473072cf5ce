package com.commitment.advisor.facts;

import com.commitment.advisor.model.Person;
import com.commitment.advisor.model.Severity;
import com.commitment.advisor.model.Subject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a rule inserts when it detects something: a recommendation code, how urgent it is, what it is about,
 * and the evidence. The message texts come from {@code rules/messages_*.properties}; {@code variant} picks a
 * more specific text ({@code ROLE_BLOCKER.UP.nextStep} before {@code ROLE_BLOCKER.nextStep}) and {@code params}
 * fill its placeholders. Written in a rule as
 * {@code insert(Finding.medium("COMMITMENT_VAGUE").about($ask).with("missing", "when"));}
 */
public record Finding(
        String code,
        Severity severity,
        Subject.Type subjectType,
        String subjectId,
        String variant,
        Map<String, String> params,
        List<Evidence> evidence) {

    /** How a param holds several items ({@code "who, when"}); compiled once, as it is split at every answer. */
    private static final String LIST_SEPARATOR = ", ";
    private static final Pattern LIST = Pattern.compile(LIST_SEPARATOR, Pattern.LITERAL);

    public Finding {
        params = Map.copyOf(params);
        evidence = List.copyOf(evidence);
    }

    public static Finding high(String code) {
        return of(code, Severity.HIGH);
    }

    public static Finding medium(String code) {
        return of(code, Severity.MEDIUM);
    }

    public static Finding low(String code) {
        return of(code, Severity.LOW);
    }

    public static Finding of(String code, Severity severity) {
        return new Finding(code, severity, Subject.Type.DEAL, null, null, Map.of(), List.of());
    }

    public Finding about(PlannedAsk ask) {
        return new Finding(code, severity, Subject.Type.COMMITMENT, ask.id(), variant, params, evidence);
    }

    public Finding about(Person person) {
        return new Finding(code, severity, Subject.Type.PERSON, person.id(), variant, params, evidence);
    }

    /** About the visit: {@code "plan"} for the planned one, {@code "debrief"} for the one reported. */
    public Finding aboutVisit(String visit) {
        return new Finding(code, severity, Subject.Type.VISIT, visit, variant, params, evidence);
    }

    public Finding variant(String name) {
        return new Finding(code, severity, subjectType, subjectId, name, params, evidence);
    }

    public Finding with(String name, Object value) {
        Map<String, String> more = new LinkedHashMap<>(params);
        more.merge(name, String.valueOf(value), Finding::union);
        return new Finding(code, severity, subjectType, subjectId, variant, more, evidence);
    }

    /** What the finding rests on, with its text in the message files: {@code .evidence("no-proof", "need", $id)}. */
    public Finding evidence(String key, Object... namesAndValues) {
        return evidence(Evidence.of(key, namesAndValues));
    }

    public Finding evidence(Evidence item) {
        List<Evidence> more = new ArrayList<>(evidence);
        more.add(item);
        return new Finding(code, severity, subjectType, subjectId, variant, params, more);
    }

    /** Quotes a clause: {@code customerSaid: "we'll run the pilot on Monday" (2026-12-07)}. */
    public Finding evidence(Clause clause) {
        return evidence(Evidence.of(clause));
    }

    /** A text as the examples read it: {@code customerSaid: "we're in" reads like an order (92 % sure)}. */
    public Finding evidence(Leaning leaning) {
        return evidence(Evidence.of(leaning));
    }

    /** A person's row of the role table: {@code UP chen: influence 2, support -1}. */
    public Finding evidence(Person person) {
        return evidence(Evidence.of(person));
    }

    /** A row of the deal's history: {@code history[2] (2026-09-05, sun): DEFERRED "a meeting with Fang", said "not now"}. */
    public Finding evidence(PastAsk ask) {
        return evidence(Evidence.of(ask));
    }

    /** An action agreed at the visit: {@code debrief.agreed[0] (chen): "run a trial" by 2026-09-25}. */
    public Finding evidence(Agreement agreed) {
        return evidence(Evidence.of(agreed));
    }

    /** Every row of a list a rule collected (people, history rows, clauses), so no rule loops in its action. */
    public Finding evidence(List<?> rows) {
        // one copy for all the rows: a rule may quote hundreds of history rows
        List<Evidence> more = new ArrayList<>(evidence.size() + rows.size());
        more.addAll(evidence);
        for (Object row : rows) {
            more.add(row instanceof Evidence item ? item
                    : row instanceof Person person ? Evidence.of(person)
                    : row instanceof PastAsk ask ? Evidence.of(ask)
                    : row instanceof Clause clause ? Evidence.of(clause)
                    : row instanceof Agreement agreed ? Evidence.of(agreed)
                    : unknown(row));
        }
        return new Finding(code, severity, subjectType, subjectId, variant, params, more);
    }

    private static Evidence unknown(Object row) {
        throw new IllegalArgumentException("no evidence text for a " + row.getClass().getSimpleName());
    }

    /** Two values of one placeholder, each part once: "who, by-when" and "by-when" give "who, by-when". */
    public static String union(String a, String b) {
        LinkedHashSet<String> parts = new LinkedHashSet<>(items(a));
        parts.addAll(items(b));
        return String.join(LIST_SEPARATOR, parts);
    }

    /** The items of a list param: {@code "who, when"} → [who, when]. */
    public static List<String> items(String list) {
        return List.of(LIST.split(list));
    }
}
