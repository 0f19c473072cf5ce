package com.commitment.advisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.facts.Phrase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private final Lexicon lexicon = Lexicon.load(files("""
            phrase,tag,lang
            soon,time,en
            send * minutes,send,en
            多多照顾,ask,zh
            "catch up, later",ask,en
            """));

    @Test
    void wholeWordsOnlyForLatinPhrases() {
        assertThat(found("see you soon")).containsExactly("soon");
        assertThat(found("the soonest date")).isEmpty();
    }

    @Test
    void chinesePhrasesMatchInsideText() {
        assertThat(found("张总，我们公司就靠您多多照顾了")).containsExactly("多多照顾");
    }

    @Test
    void aStarStandsForWordsBetweenPartsInOrder() {
        assertThat(found("I will send you the minutes tonight")).containsExactly("send * minutes");
        assertThat(found("the minutes, I will send them")).isEmpty();
    }

    @Test
    void caseFullWidthAndQuotedCommasAreHandled() {
        assertThat(found("SOON")).containsExactly("soon");
        assertThat(found("ｓｏｏｎ")).containsExactly("soon");
        assertThat(found("let's catch up, later")).containsExactly("catch up, later");
    }

    @Test
    void eachPhraseIsReportedWithWhereItWasFound() {
        Phrase phrase = lexicon.find("c1", "action", "soon").get(0);
        assertThat(phrase).isEqualTo(new Phrase("test", "time", "soon", "c1", "action", "soon"));
    }

    @Test
    void aRowWrittenTwiceIsFoundOnce() {
        Lexicon twice = Lexicon.load(files("""
                phrase,tag,lang
                soon,time,en
                send * minutes,send,en
                soon,time,en
                send * minutes,send,en
                """));
        assertThat(twice.size()).isEqualTo(2);
        assertThat(twice.find("c1", "action", "send the minutes soon").stream().map(Phrase::phrase))
                .containsExactly("send * minutes", "soon");
    }

    private List<String> found(String text) {
        return lexicon.find("c1", "action", text).stream().map(Phrase::phrase).toList();
    }

    private static RuleFiles files(String csv) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put("lexicon/test.csv", csv.getBytes(StandardCharsets.UTF_8));
        return new RuleFiles(Path.of("rules"), files, "test");
    }
}
