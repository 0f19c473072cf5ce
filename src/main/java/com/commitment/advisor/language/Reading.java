package com.commitment.advisor.language;

import com.commitment.advisor.facts.Mood;
import java.time.LocalDate;
import java.util.List;

/**
 * One clause of a text as read, before we know whose words they are.
 *
 * @param start     where the clause starts in the whole text
 * @param text      the clause as written
 * @param words     its words, base forms
 * @param ideas     the ideas of the lexicons found in it (not the clause words)
 * @param negated   a negation stands in it: not, never, no longer, 不, 没, 别
 * @param denied    the ideas of it its negation denies
 * @param speaker   who acts as its words name them, null when they name nobody (Chinese often drops the subject)
 * @param speakerAt where in the whole text that name stands, to compare with a person named in it
 * @param date      the first date it names
 * @param receiver  who the action is done to or for, as its words name them ("give him a demo", "给我们发"), else null
 * @param receiving where in the whole text words stand that name whom the action is done to or for, to find a
 *                  person of the request there ("email Wang the deck", "给王工演示")
 * @param acting    where in the whole text a person named there is the one who acts: the clause's opening, after a
 *                  date or a title ("12月9日前王工发"), and right after a word asking them to act ("ask Dr Lee to send")
 */
public record Reading(int start, String text, List<String> words, List<Lexicon.Hit> ideas, boolean negated,
        List<Lexicon.Hit> denied, Mood mood, Speaker speaker, int speakerAt, LocalDate date, Speaker receiver,
        List<Integer> receiving, List<Integer> acting) {

    /** Its negation denies the idea: "it's not rejected", "项目没取消"; not "we won't buy" (its row: {@code won't + buy}). */
    public boolean denies(Lexicon.Hit idea) {
        return denied.contains(idea);
    }

    /** The same clause with the date a sentence beside it names. */
    Reading withDate(LocalDate day) {
        return new Reading(start, text, words, ideas, negated, denied, mood, speaker, speakerAt, day, receiver, receiving,
                acting);
    }
}
