package com.commitment.advisor.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One clause of a free text of the request, as the rules read it: "Finance has released the purchase order, so
 * consider it bought" is two clauses. Rules ask what it means ({@code has("outcome-phrases", "order")}: a row of
 * that lexicon list with that tag stands in it), who acts, whether it is negated or only hypothetical, and its date.
 *
 * @param part    the part of the request the text was written in (plan, deal, debrief, agreed, history)
 * @param about   what the text belongs to: a commitment id, {@code debrief}, {@code debrief.agreed[0]},
 *                {@code history[2]}, {@code deal}
 * @param field   the field the text was in ({@code action}, {@code check}, {@code customerSaid}, {@code report},
 *                {@code said}, {@code budget})
 * @param index   its place among the clauses of that text, from 0
 * @param text    the clause as written
 * @param actor   who acts in it: named in it, else as in the clause before, else whoever the field speaks of
 * @param mood    purpose, hypothetical, asked, will, done or plain
 * @param negated it says not, never, 不, 没
 * @param date    the first date it names, read relative to the day the words were said; null when none
 * @param words   its words, base forms ("signed" → "sign")
 * @param ideas   per lexicon list, each tag found in it with the row that was found:
 *                {@code {outcome-phrases={order=sign + contract}}}
 * @param denied  the ideas its negation denies, as {@code list:tag}: "it's not rejected" denies
 *                {@code outcome-phrases:no-sale}; "we won't buy" denies nothing, its row says the "won't" itself
 * @param receiver whom its action is done to or for: a person's id ("email Wang the deck", "给王工演示"), or as
 *                 the words say: {@code first} (us, 给我们), {@code second}, {@code third} (him, 给他); null when none
 */
public record Clause(Part part, String about, String field, int index, String text, Actor actor, Mood mood,
        boolean negated, LocalDate date, List<String> words, Map<String, Map<String, String>> ideas, Set<String> denied,
        String receiver) {

    public Clause {
        words = List.copyOf(words);
        denied = Set.copyOf(denied);
        Map<String, Map<String, String>> copy = new java.util.HashMap<>();
        ideas.forEach((list, tags) -> copy.put(list, Map.copyOf(tags)));
        ideas = Map.copyOf(copy);
    }

    /** A row of {@code list} with {@code tag} stands in this clause. */
    public boolean has(String list, String tag) {
        Map<String, String> tags = ideas.get(list);
        return tags != null && tags.containsKey(tag);
    }

    /** A row of {@code list} with {@code tag} stands in this clause, and its negation denies it. */
    public boolean denies(String list, String tag) {
        return denied.contains(idea(list, tag));
    }

    /** How {@code denied} names an idea: {@code outcome-phrases:no-sale}. */
    public static String idea(String list, String tag) {
        return list + ":" + tag;
    }

    /** A row of {@code list}, any tag, stands in this clause. */
    public boolean has(String list) {
        return ideas.containsKey(list);
    }

    /** Written in the debrief: its report, the customer's words or an agreed action. */
    public boolean isDebrief() {
        return part == Part.DEBRIEF || part == Part.AGREED;
    }

    /** Neither negated nor hypothetical nor only what something is for: what it says is meant. */
    public boolean isFirm() {
        return !negated && mood != Mood.HYPOTHETICAL && mood != Mood.PURPOSE;
    }
}
