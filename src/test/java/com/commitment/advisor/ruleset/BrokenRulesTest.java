package com.commitment.advisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy of the real rules with one bad edit that cannot be kept as a file of its own (an edit of a lexicon,
 * of the texts, of a threshold): each is refused with the file and line a person must fix. Bad rule files are
 * kept in src/test/resources/broken-rules/ (BrokenRuleSetsTest).
 */
class BrokenRulesTest {

    @TempDir
    Path rules;
    private RulesCopy copy;

    @Test
    void theRealRulesLoad() {
        copyRealRules();
        RuleSet set = RuleSetLoader.load(rules);
        assertThat(set.ruleCount()).isGreaterThan(0);
        assertThat(set.version()).matches("sha256:[0-9a-f]{16}");
    }






    @Test
    void anEmptyRuleSetIsRefused() throws IOException {
        copyRealRules();
        try (Stream<Path> drl = Files.walk(rules)) {
            for (Path file : drl.filter(p -> RuleIndex.isRuleFile(p.toString())).toList()) {
                Files.delete(file);
            }
        }
        assertRefused("no rules found");
    }

    @Test
    void aLexiconRowWithAnUnknownLanguageNamesItsLine() {
        copyRealRules();
        copy.write("lexicon/vague-phrases.csv", "words,tag,lang\nsoon,time,en\nbientôt,time,fr\n");
        assertRefused("lexicon/vague-phrases.csv:3");
    }

    @Test
    void aMessageMissingInOneLanguageIsRefused() {
        copyRealRules();
        copy.write("messages_zh.properties",
                copy.read("messages_zh.properties").replaceAll("(?m)^PLAN_NO_BEST\\.nextStep.*$", ""));
        assertRefused("messages_zh.properties: missing texts for PLAN_NO_BEST.nextStep");
    }

    @Test
    void aThresholdThatIsNoNumberNamesItsLine() {
        copyRealRules();
        replace("advisor.properties", "plan.max-asks = 2", "plan.max-asks = two");
        assertRefused("advisor.properties:" + lineOf("advisor.properties", "plan.max-asks"));
    }

    @Test
    void aMisspeltStageInTheLadderNamesItsRow() {
        copyRealRules();
        String ladder = "commitment-ladder.csv";
        replace(ladder, "run-trial,7,1,1,DP UP PP,EVALUATION,yes", "run-trial,7,1,1,DP UP PP,EVALUATON,yes");
        assertRefused(ladder + ":" + lineOf(ladder, "run-trial") + ": no stage \"EVALUATON\": one of DISCOVERY");
    }

    @Test
    void aLadderStepNoWordsNameIsRefused() {
        copyRealRules();
        String ladder = "commitment-ladder.csv";
        replace(ladder, "sign,11,2,2,DP,DECISION,yes", "sign,11,2,2,DP,DECISION,yes\nvisit-factory,12,1,1,,SOLUTION,yes");
        assertRefused(ladder + ":" + lineOf(ladder, "visit-factory") + ": no words name step visit-factory: add rows"
                + " with the tag visit-factory to lexicon/ladder-steps.csv");
    }

    @Test
    void aWordThatNamesNoLadderStepIsRefused() {
        copyRealRules();
        String words = "lexicon/ladder-steps.csv";
        replace(words, "have dinner,keep-in-touch,en", "have dinner,keep-in-tuoch,en");
        assertRefused(words + ":" + lineOf(words, "keep-in-tuoch") + ": the tag keep-in-tuoch names no step");
    }

    @Test
    void twoStepsOfOneRankAreRefused() {
        copyRealRules();
        String ladder = "commitment-ladder.csv";
        replace(ladder, "give-hour,2,", "give-hour,1,");
        assertRefused(ladder + ":" + lineOf(ladder, "give-hour") + ": rank 1 is already share-requirements's");
    }

    private void assertRefused(String where) {
        assertThatThrownBy(() -> RuleSetLoader.load(rules)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining(where);
    }

    private void copyRealRules() {
        copy = RulesCopy.of(Path.of("rules"), rules);
    }

    private void replace(String file, String from, String to) {
        copy.replace(file, from, to);
    }

    private int lineOf(String file, String text) {
        return copy.lineOf(file, text);
    }
}
