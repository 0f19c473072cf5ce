package com.commitment.advisor.language;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Cuts a text into words with Lucene: English by its standard tokenizer ("customer's" → "customer") and Porter stemmer, so "signed",
 * "signing" and "signs" are one word; irregular forms ("went", "bought") by the {@code word-forms} lexicon;
 * Chinese by HanLP's segmenter ("订单我们下了" → 订单 我们 下 了). Both are thread-safe.
 */
final class Words {

    /**
     * HanLP's standard segmenter, with where each word stands; segmenters are thread-safe. Without guessing
     * personal names: it halves the time, and the people of a request are found by their names as given.
     */
    private static final Segment CHINESE = HanLP.newSegment().enableOffset(true).enableNameRecognize(false)
            .enableTranslatedNameRecognize(false);
    /** What a Chinese verb may end in when it is done ("了") or done well ("好", "完"): not part of its meaning. */
    private static final String DONE_PARTICLES = "了过着好完";
    /** The first letters of HanLP's natures of content words: noun, verb, adjective, distinguishing word, morpheme. */
    private static final String CONTENT_NATURES = "nvabg";
    private static final int UNKNOWN_NAME_MOST_CHARACTERS = 4;
    private static final int TITLE_MOST_CHARACTERS = 40;

    private final Analyzer english;

    /** @param irregular form → base form, both as written ("bought" → "buy") */
    Words(Map<String, String> irregular) {
        StemmerOverrideFilter.StemmerOverrideMap overrides = overrides(irregular);
        this.english = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream words = new EnglishPossessiveFilter(new LowerCaseFilter(source));
                if (overrides != null) {
                    words = new StemmerOverrideFilter(words, overrides);
                }
                return new TokenStreamComponents(source, new PorterStemFilter(words));
            }
        };
    }

    /** The words of {@code text}; Chinese when it holds any Chinese character. Punctuation is no word. */
    List<Word> of(String text) {
        return isChinese(text) ? chinese(text) : of(english, text, false);
    }

    /**
     * Chinese words as HanLP segments them, a verb without the particle that says it is done ("签了", "签完",
     * "签好" → 签) and without being said twice ("聊聊" → 聊); a Latin word among them ("PO") is read as in English.
     */
    private List<Word> chinese(String text) {
        List<Word> words = new ArrayList<>();
        List<Term> terms = CHINESE.seg(text);
        boolean[] unknown = unknownNames(terms);
        for (int t = 0; t < terms.size(); t++) {
            Term term = terms.get(t);
            String word = term.word.toLowerCase(Locale.ROOT);
            int end = term.offset + word.length();
            int title = titleEnd(text, term.offset);
            if (title > 0) {
                // 《被讨厌的勇气》 is a book's name, not a passive: its words are not read
                words.add(new Word(text.substring(term.offset + 1, title).toLowerCase(Locale.ROOT), term.offset + 1, title, true));
                while (t + 1 < terms.size() && terms.get(t + 1).offset <= title) {
                    t++;
                }
            } else if (isChinese(word)) {
                words.add(new Word(verbBase(word, term), term.offset, end, isKnownName(term) || unknown[t]));
            } else if (hasLetterOrDigit(word)) {
                // a Latin word amid Chinese may be a name even as the first word it is cut into ("和Kortex签了")
                for (Word latin : of(english, term.word, true)) {
                    int at = term.offset;
                    words.add(new Word(latin.base(), at + latin.start(), at + latin.end(), latin.name()));
                }
            }
        }
        return words;
    }

    /**
     * Where the title that opens at {@code at} ("《无价》") closes, or -1 when none opens there; a title is short, so a
     * text of unclosed 《 costs no more than any other.
     */
    private static int titleEnd(String text, int at) {
        if (text.charAt(at) != '《') {
            return -1;
        }
        int last = Math.min(text.length(), at + TITLE_MOST_CHARACTERS + 2);
        for (int i = at + 2; i < last; i++) {
            if (text.charAt(i) == '》') {
                return i;
            }
        }
        return -1;
    }

    /** 签了, 签完 → 签; a verb said twice to soften it (聊聊, 试试) → 聊, 试. */
    private static String verbBase(String word, Term term) {
        boolean verb = term.nature != null && term.nature.toString().startsWith("v");
        if (verb && word.length() == 2 && word.charAt(0) == word.charAt(1)) {
            return word.substring(0, 1);
        }
        if (verb && word.length() > 1 && DONE_PARTICLES.indexOf(word.charAt(word.length() - 1)) >= 0) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /**
     * A brand HanLP does not know falls apart into single characters of content words ("定了声纳通" → 声纳 通, "给汇测了"
     * → 汇 测): a run of two to four adjacent content words, two to four characters long, at least one of them a single
     * character, is read as one name. Function words (了, 的, 给, 一, 周) end a run.
     */
    private static boolean[] unknownNames(List<Term> terms) {
        boolean[] name = new boolean[terms.size()];
        int from = 0;
        for (int t = 0; t <= terms.size(); t++) {
            if (t < terms.size() && isContent(terms.get(t))) {
                continue;
            }
            int length = 0;
            boolean single = false;
            for (int k = from; k < t; k++) {
                length += terms.get(k).word.length();
                single |= terms.get(k).word.length() == 1;
            }
            if (t - from >= 2 && length <= UNKNOWN_NAME_MOST_CHARACTERS && single) {
                Arrays.fill(name, from, t, true);
            }
            from = t + 1;
        }
        return name;
    }

    /** A Chinese noun, verb, adjective or distinguishing word as HanLP tags it, not 是 or 有: what a brand is cut into. */
    private static boolean isContent(Term term) {
        String nature = term.nature == null ? "" : term.nature.toString();
        return isChinese(term.word) && term.word.length() <= 2 && !nature.isEmpty()
                && CONTENT_NATURES.indexOf(nature.charAt(0)) >= 0
                && !nature.equals("vshi") && !nature.equals("vyou");
    }

    /** HanLP's organisations (nt…: 西门子, 华为); its other proper nouns (nz) are too often plain words (挺好, 先发). */
    private static boolean isKnownName(Term term) {
        return term.nature != null && term.nature.toString().startsWith("nt");
    }

    static boolean isChinese(String text) {
        for (int i = 0; i < text.length(); i++) {
            // no Han character comes before U+2E80: the script lookup, a search of a table, only for those after
            char c = text.charAt(i);
            if (c >= '\u2E80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    /** The base form of one English word or phrase as a lexicon writes it, word by word. */
    List<String> englishBases(String words) {
        return of(english, words, false).stream().map(Word::base).toList();
    }

    /** @param firstMayBeName whether the first word may be a name, not capitalised for opening the sentence */
    private static List<Word> of(Analyzer analyzer, String text, boolean firstMayBeName) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (hasLetterOrDigit(term)) {
                    boolean name = (firstMayBeName || !words.isEmpty())
                            && isName(text, offset.startOffset(), offset.endOffset());
                    words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset(), name));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** "Kortex", "Vantiq's": a capital then a small letter (not "IT", "I'm"), and no day or month ("Friday"). */
    private static boolean isName(String text, int start, int end) {
        return end - start > 1 && Character.isUpperCase(text.charAt(start))
                && Character.isLowerCase(text.charAt(start + 1)) && !TextDates.isDayOrMonth(text.substring(start, end));
    }

    private static boolean hasLetterOrDigit(CharSequence term) {
        for (int i = 0; i < term.length(); i++) {
            if (Character.isLetterOrDigit(term.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Irregular forms map to the stem of their base form, so "bought" meets "buy" as the stemmer writes it. */
    private static StemmerOverrideFilter.StemmerOverrideMap overrides(Map<String, String> irregular) {
        if (irregular.isEmpty()) {
            return null;
        }
        Words plain = new Words(Map.of());
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(true);
        irregular.forEach((form, base) -> {
            List<String> stems = plain.englishBases(base);
            if (stems.size() == 1) {
                builder.add(form, stems.get(0));
            }
        });
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
