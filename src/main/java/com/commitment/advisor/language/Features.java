package com.commitment.advisor.language;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the example reader sees of a text: the clause reader's findings as words, and neighbouring pairs of them. */
final class Features {

    /** Whether a text names a date does not depend on the day it is read from; examples are read from this one. */
    static final LocalDate ANY_DAY = LocalDate.of(2026, 11, 30);

    private Features() {
    }

    /** @param report the rep's account of a visit, where "we" is the seller; else the customer's own words */
    static String[] ofRemark(boolean report, List<Reading> clauses) {
        List<String> seen = new ArrayList<>();
        seen.add(report ? "field=report" : "field=customerSaid");
        clauses(seen, clauses, report);
        return withPairs(seen);
    }

    /** @param by the words naming who is asked, when that is no person of the deal: who they name counts most */
    static String[] ofAsk(boolean person, List<Reading> by, List<Reading> action) {
        List<String> seen = new ArrayList<>();
        seen.add(person ? "by=person" : "by=other");
        for (Reading clause : by) {
            seen.add("by=speaker:" + clause.speaker());
            for (String word : clause.words()) {
                seen.add("by=" + word);
            }
        }
        clauses(seen, action, true);
        return withPairs(seen);
    }

    /** @param repsWords the rep wrote them (an ask, a report): "we" is the seller, else the customer */
    private static void clauses(List<String> seen, List<Reading> clauses, boolean repsWords) {
        for (Reading clause : clauses) {
            for (String word : clause.words()) {
                seen.add(word);
                if (clause.negated()) {
                    seen.add("not=" + word);
                }
            }
            seen.add("mood=" + clause.mood());
            if (clause.negated()) {
                seen.add("negated");
            }
            if (clause.date() != null) {
                seen.add("dated");
            }
            seen.add("speaker=" + side(clause.speaker(), repsWords));
            if (clause.receiver() != null) {
                seen.add("receiver=" + side(clause.receiver(), repsWords));
            }
            for (Lexicon.Hit idea : clause.ideas()) {
                seen.add((clause.denies(idea) ? "denied=" : "idea=") + idea.list() + ":" + idea.tag());
            }
        }
    }

    /** Whose side the words name: "we" and "you" swap sides with whoever wrote them. */
    private static String side(Speaker named, boolean repsWords) {
        if (named == null) {
            return "unnamed";
        }
        return switch (named) {
            case FIRST -> repsWords ? "seller" : "customer";
            case SECOND -> repsWords ? "customer" : "seller";
            case THIRD -> "third";
            case NOBODY -> "nobody";
        };
    }

    private static String[] withPairs(List<String> seen) {
        List<String> features = new ArrayList<>(seen.size() * 2);
        features.addAll(seen);
        for (int i = 1; i < seen.size(); i++) {
            features.add(seen.get(i - 1) + "|" + seen.get(i));
        }
        return features.toArray(String[]::new);
    }
}
