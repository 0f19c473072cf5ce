package com.commitment.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.ruleset.RuleSet;
import com.commitment.advisor.ruleset.RuleSetLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules read the language corpus of fixtures/corpus (customer remarks and planned asks written from the
 * method, not from the lexicons) with the quality bar the advisor promises: at least 97 % of each kind of row
 * right, every class at least 93 % recalled, Chinese and English within 3 points. The held-out corpora
 * (fixtures/corpus/holdout*) keep the honest measure of wording nobody has seen; their first figures are in the
 * README. Eight earlier ones became the examples the advisor learns from (rules/examples).
 */
class LanguageCorpusTest {

    private static RuleSet rules;
    private static List<CorpusCheck.Row> rows;

    @BeforeAll
    static void read() {
        rules = RuleSetLoader.load(Path.of("rules"));
        rows = CorpusCheck.run(rules, Path.of("fixtures/corpus"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"remark", "ask"})
    void atLeast97PercentOfEachKindIsReadRight(String kind) {
        assertThat(CorpusScore.accuracy(rows, kind, null)).as(misread(kind)).isGreaterThanOrEqualTo(0.97);
    }

    @ParameterizedTest
    @ValueSource(strings = {"remark", "ask"})
    void everyClassIsRecalledAtLeast93Percent(String kind) {
        for (String label : CorpusScore.labels(rows, kind)) {
            assertThat(CorpusScore.of(rows, kind, label, null).recall()).as(label + "\n" + misread(kind))
                    .isGreaterThanOrEqualTo(0.93);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"remark", "ask"})
    void chineseAndEnglishAreWithinThreePoints(String kind) {
        double gap = Math.abs(CorpusScore.accuracy(rows, kind, "en") - CorpusScore.accuracy(rows, kind, "zh"));
        assertThat(gap).as(misread(kind)).isLessThanOrEqualTo(0.03);
    }

    /**
     * Each held-out corpus was written apart, from the method alone, and is never learned from; its floor is what the
     * advisor reads right of it now (the first reads are in the README).
     */
    @ParameterizedTest
    @CsvSource({"holdout9, 0.97, 0.97", "holdout10, 0.98, 0.97", "holdout11, 0.98, 0.97", "holdout12, 0.98, 0.97",
            "holdout13, 0.98, 0.97", "holdout14, 0.99, 0.95", "holdout15, 0.99, 0.98", "holdout16, 0.98, 0.98",
            "holdout17, 0.98, 0.99", "holdout18, 0.98, 0.95", "holdout19, 0.95, 0.96", "holdout20, 0.89, 0.95",
            "holdout21, 0.98, 0.98", "holdout22, 0.97, 0.95", "holdout23, 0.91, 0.92", "holdout24, 0.97, 0.97",
            "holdout25, 0.97, 0.96", "holdout26, 0.98, 0.93", "holdout27, 0.97, 0.96", "holdout28, 0.96, 0.84"})
    void theHeldOutCorporaDoNotSlipBelowTheirLastRead(String folder, double remarks, double asks) {
        List<CorpusCheck.Row> held = CorpusCheck.run(rules, Path.of("fixtures/corpus", folder));
        assertThat(CorpusScore.accuracy(held, "remark", null)).as(folder + " remark").isGreaterThanOrEqualTo(remarks);
        assertThat(CorpusScore.accuracy(held, "ask", null)).as(folder + " ask").isGreaterThanOrEqualTo(asks);
    }

    @ParameterizedTest
    @ValueSource(strings = {"remark", "ask"})
    void theCorpusHasEnoughRowsOfEveryClassInBothLanguages(String kind) {
        int least = kind.equals("remark") ? 20 : 10;
        for (String label : CorpusScore.labels(rows, kind)) {
            for (String lang : List.of("en", "zh")) {
                CorpusScore score = CorpusScore.of(rows, kind, label, lang);
                assertThat(score.truePositives() + score.falseNegatives()).as(label + " " + lang).isGreaterThanOrEqualTo(least);
            }
        }
    }

    private static String misread(String kind) {
        StringBuilder lines = new StringBuilder("misread:");
        rows.stream().filter(r -> r.kind().equals(kind) && !r.right()).forEach(r -> lines.append("\n  ")
                .append(r.file()).append(':').append(r.line()).append(' ').append(r.expected()).append(" read as ")
                .append(r.got()).append("  ").append(r.text()));
        return lines.toString();
    }
}
