package com.commitment.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.language.TextAnalyzer;
import com.commitment.advisor.ruleset.RuleSetLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words a commitment's why shares with a concept, with the real common-words list. */
class SharedWordsTest {

    private static TextAnalyzer text;

    @BeforeAll
    static void load() {
        text = RuleSetLoader.load(Path.of("rules")).text();
    }

    @ParameterizedTest(name = "\"{0}\" and \"{1}\" share {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fewer night shifts once the bench runs unattended   | a test bench that does not stop the line; fewer night shifts | 4
            the right reports decide his weekends               | his team stops working weekends plus the reporting           | 2
            we need a reference in his industry                 | a test bench that does not stop the line; fewer night shifts | 0
            it is what our system does for the company           | the system of the company                                    | 0
            参数对清楚了，测试台调试不用停产线                    | 测试台调试不影响产线                                          | 3
            我们这个季度要完成签单任务                            | 每周筛完500份简历                                             | 0
            我们的方案                                           | 我们的报价                                                    | 0
            he sees 500 CVs screened                             | 每周筛完500份简历                                             | 1
            """)
    void countsSharedWordsByBaseForm(String why, String wants, int shared) {
        assertThat(SharedWords.count(text, why, wants)).isEqualTo(shared);
    }

    @Test
    void nothingToCompareSharesNothing() {
        assertThat(SharedWords.count(text, null, "fewer night shifts")).isZero();
        assertThat(SharedWords.count(text, "fewer night shifts", "  ")).isZero();
    }
}
