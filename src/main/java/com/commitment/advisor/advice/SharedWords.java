package com.commitment.advisor.advice;

import com.commitment.advisor.facts.Phrase;
import com.commitment.advisor.ruleset.Lexicon;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How many words two texts share, so the rules can see whether a commitment's {@code why} speaks to the
 * person's concept: English words compared by a rough stem ("reports" = "report", "hiring" = "hire"), Chinese
 * compared by pairs of characters ("减少夜班" and "夜班少了" share "夜班"). Words of the {@code common-words}
 * lexicon ("the", "我们") do not count. Only the grammar is here; the cut-off is a threshold in the rules.
 */
final class SharedWords {

    static final String COMMON_WORDS = "common-words";
    private static final Pattern NOT_LATIN = Pattern.compile("[^\\p{IsLatin}\\p{Nd}]+");
    private static final Pattern NOT_HAN = Pattern.compile("[^\\p{IsHan}]+");

    private SharedWords() {
    }

    static int count(Lexicon lexicon, String a, String b) {
        Set<String> shared = units(lexicon, a);
        shared.retainAll(units(lexicon, b));
        return shared.size();
    }

    /** The English stems and Chinese character pairs of a text, common words left out. */
    static Set<String> units(Lexicon lexicon, String text) {
        Set<String> units = new HashSet<>();
        if (text == null || text.isBlank()) {
            return units;
        }
        String normalized = normalize(text);
        Set<String> commonWords = new HashSet<>();
        for (Phrase phrase : lexicon.find("", "", text)) {
            if (phrase.list().equals(COMMON_WORDS)) {
                String common = normalize(phrase.phrase());
                if (common.codePoints().anyMatch(SharedWords::isHan)) {
                    normalized = normalized.replace(common, " ");
                } else {
                    commonWords.add(common);
                }
            }
        }
        for (String word : NOT_LATIN.split(normalized)) {
            if (!word.isEmpty() && !commonWords.contains(word)) {
                units.add(stem(word));
            }
        }
        for (String run : NOT_HAN.split(normalized)) {
            for (int i = 0; i + 2 <= run.length(); i++) {
                units.add(run.substring(i, i + 2));
            }
        }
        return units;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** A rough English stem: one inflection off ("-ing", "-ed", "-es", "-s", "-e"), then at most six letters. */
    private static String stem(String word) {
        for (String suffix : new String[] {"ing", "ed", "es", "s", "e"}) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                word = word.substring(0, word.length() - suffix.length());
                break;
            }
        }
        return word.length() > 6 ? word.substring(0, 6) : word;
    }
}
