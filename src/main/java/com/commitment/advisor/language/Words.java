package com.commitment.advisor.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Cuts a text into words with Lucene: English by its standard tokenizer ("customer's" → "customer") and Porter stemmer, so "signed",
 * "signing" and "signs" are one word; irregular forms ("went", "bought") by the {@code word-forms} lexicon;
 * Chinese by smartcn's segmenter ("订单我们下了" → 订单 我们 下 了). Lucene analyzers are thread-safe.
 */
final class Words {

    private final Analyzer english;
    private final Analyzer chinese;

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
        this.chinese = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new HMMChineseTokenizer();
                // Latin words inside Chinese text are stemmed as in English ("POs" = "po")
                return new TokenStreamComponents(source, new PorterStemFilter(new LowerCaseFilter(source)));
            }
        };
    }

    /** The words of {@code text}; Chinese when it holds any Chinese character. Punctuation is no word. */
    List<Word> of(String text) {
        return of(isChinese(text) ? chinese : english, text);
    }

    static boolean isChinese(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    /** The base form of one English word or phrase as a lexicon writes it, word by word. */
    List<String> englishBases(String words) {
        return of(english, words).stream().map(Word::base).toList();
    }

    private static List<Word> of(Analyzer analyzer, String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (hasLetterOrDigit(term)) {
                    words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
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
