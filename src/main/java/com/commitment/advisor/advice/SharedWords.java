package com.commitment.advisor.advice;

import com.commitment.advisor.language.Lexicon;
import com.commitment.advisor.language.TextAnalyzer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How many words two texts share, so the rules can see whether a commitment's {@code why} speaks to the
 * person's concept: words compared by base form ("reports" = "report", "hiring" = "hire"), Chinese words as
 * segmented ("减少夜班" and "夜班少了" share "夜班"). Words of the {@code common-words} lexicon ("the", "我们") do
 * not count. Only the counting is here; the cut-off is a threshold in the rules.
 */
final class SharedWords {

    static final String COMMON_WORDS = Lexicon.COMMON_WORDS;

    private SharedWords() {
    }

    static int count(TextAnalyzer text, String a, String b) {
        Set<String> shared = units(text, a);
        shared.retainAll(units(text, b));
        return shared.size();
    }

    /** The base forms of the words of a text, common words left out. */
    static Set<String> units(TextAnalyzer text, String words) {
        Set<String> common = text.lexicon().singleWords(COMMON_WORDS);
        Set<String> units = new HashSet<>();
        List<String> all = text.words(words);
        for (String word : all) {
            if (!common.contains(word)) {
                units.add(word);
            }
        }
        return units;
    }
}
