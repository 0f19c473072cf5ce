package com.commitment.advisor.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lexicon rows are ideas: groups of words that stand in one clause in any order, compared by base form. */
class LexiconTest {

    private final Lexicon lexicon = Lexicon.of(rows(
            "sign|countersign + contract|purchase order,order,en",
            "下 + 订单|单,order,zh",
            "别家,no-sale,zh",
            "签约,order,zh",
            "bought,buy,en,word-forms",
            "buy,order,en",
            "go with + !you|your,chose-other,en",
            "最后 + 选 + !你们|贵司,chose-other,zh"));
    private final Lexicon names = Lexicon.of(rows(
            "sign with|choose|chose + {name} + !us,named-other,en",
            "选 + {name},named-other,zh"));

    @Test
    void groupsStandInAnyOrderAndInAnyForm() {
        assertThat(found("We signed the contract this morning")).containsExactly("order");
        assertThat(found("The contract was countersigned by our CFO")).containsExactly("order");
        assertThat(found("the purchase order is signed")).containsExactly("order");
        assertThat(found("We sent the contract")).isEmpty();
    }

    @Test
    void irregularFormsMeetTheirBaseForm() {
        assertThat(found("we bought it")).containsExactly("order");
    }

    @Test
    void chineseWordsMustBeWholeWordsOfTheClause() {
        assertThat(found("订单我们下了")).containsExactly("order");
        assertThat(found("我们已经选了别家")).containsExactly("no-sale");
        assertThat(found("我们刚刚在采购系统里下了单")).containsExactly("order");
    }

    @Test
    void aGroupAfterAnExclamationMarkMustNotStandInTheClause() {
        assertThat(found("We've decided to go with Kortex")).containsExactly("chose-other");
        assertThat(found("we'll go with your 50-seat package")).isEmpty();
        assertThat(found("you know we go with it")).isEmpty();
        assertThat(found("最后选了西门子")).containsExactly("chose-other");
        assertThat(found("最后还是选了你们")).isEmpty();
        assertThatThrownBy(() -> Lexicon.of(rows("!you,order,en"))).hasMessageContaining("say what must stand");
    }

    @Test
    void aNameStandsForAnyProperNameInsideASentence() {
        assertThat(found(names, "they have signed with Halvorsen")).containsExactly("named-other");
        assertThat(found(names, "Management chose Vantiq's offer")).containsExactly("named-other");
        assertThat(found(names, "Kortex chose a date")).isEmpty();
        assertThat(found(names, "we chose Friday for the demo")).isEmpty();
        assertThat(found(names, "they chose IT as the owner")).isEmpty();
        assertThat(found(names, "they signed with us, not Halvorsen")).isEmpty();
        assertThat(found(names, "我们选了西门子的方案")).containsExactly("named-other");
    }

    @Test
    void aChineseBrandHanLpDoesNotKnowIsAName() {
        assertThat(found(names, "最后选了科腾")).containsExactly("named-other");
        assertThat(found(names, "我们选了声纳通")).containsExactly("named-other");
        assertThat(found(names, "我们选了方案")).isEmpty();
        assertThat(found(names, "选了下周三")).isEmpty();
        assertThat(found(names, "我们选了入围名单里的")).isEmpty();
    }

    @Test
    void aloneStandsForAClauseSaidBare() {
        Lexicon bare = Lexicon.of(rows("ship|sign + {alone},bare-order,en", "签 + {alone},bare-order,zh"));
        assertThat(found(bare, "Ship it")).containsExactly("bare-order");
        assertThat(found(bare, "签")).containsExactly("bare-order");
        assertThat(found(bare, "ship the samples to our lab")).isEmpty();
        assertThat(found(bare, "签之前要法务看")).isEmpty();
        assertThatThrownBy(() -> Lexicon.of(rows("{alone},order,en"))).hasMessageContaining("said bare");
    }

    @Test
    void aRowSaysWhatIsWrongWithIt() {
        assertThatThrownBy(() -> Lexicon.of(rows("sign + ,order,en"))).isInstanceOf(Lexicon.BadRow.class)
                .hasMessageContaining("empty word group");
        assertThatThrownBy(() -> Lexicon.of(rows("sign +,order,en"))).hasMessageContaining("empty word group");
        assertThatThrownBy(() -> Lexicon.of(rows("sign|,order,en"))).hasMessageContaining("empty word between");
        assertThatThrownBy(() -> Lexicon.of(rows("sign,order,fr"))).hasMessageContaining("lang must be en, zh or any");
        assertThatThrownBy(() -> Lexicon.of(rows("sign,,en"))).hasMessageContaining("no tag");
    }

    private List<String> found(String text) {
        return found(lexicon, text);
    }

    private static List<String> found(Lexicon lexicon, String text) {
        List<Word> words = lexicon.words(text);
        return lexicon.find(words, 0, words.size(), Words.isChinese(text)).stream().map(Lexicon.Hit::tag).toList();
    }

    /** Rows written {@code words,tag,lang[,list]}; the list is "test" unless named. */
    private static List<Lexicon.Row> rows(String... lines) {
        List<Lexicon.Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            rows.add(new Lexicon.Row("lexicon/test.csv", i + 2, f.length > 3 ? f[3] : "test", f[0], f[1], f[2]));
        }
        return rows;
    }
}
