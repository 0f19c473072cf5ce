package com.commitment.advisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.language.ExampleModels;
import com.commitment.advisor.language.ExampleReader;
import com.commitment.advisor.language.TextAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the examples taught is kept: a restart with the same rules, or an edit of a DRL rule, learns nothing again
 * and reads every example exactly as the learning did; an edit the learning reads (a lexicon row) learns again.
 */
class LearnedExamplesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path rulesDir;
    @TempDir
    Path dataDir;

    private RulesCopy rules;
    private int learnings;

    @BeforeEach
    void copyTheRules() {
        rules = RulesCopy.of(Path.of("rules"), rulesDir);
    }

    @Test
    void aRestartLearnsNothingAndReadsEveryExampleAsTheLearningDid() {
        RuleFiles files = RuleFiles.read(rulesDir);
        TextAnalyzer text = RuleSetLoader.load(files).text();
        ExampleModels learned = models(LearnedExamples.onDisk(dataDir), files, text);
        assertThat(learnings).isEqualTo(1);

        ExampleModels restarted = models(LearnedExamples.onDisk(dataDir), files, text);
        assertThat(learnings).as("the restart read the kept models").isEqualTo(1);

        ExampleReader fresh = new ExampleReader(text, learned);
        ExampleReader kept = new ExampleReader(text, restarted);
        List<String> remarks = column(ExampleFiles.REMARKS, List.of("outcome", "field", "text"));
        List<String> asks = column(ExampleFiles.ASKS, List.of("label", "by", "action"));
        for (String remark : remarks) {
            assertThat(kept.remark(ExampleReader.CUSTOMER_SAID, text.read(remark, MONDAY)))
                    .as(remark).isEqualTo(fresh.remark(ExampleReader.CUSTOMER_SAID, text.read(remark, MONDAY)));
        }
        for (String ask : asks) {
            assertThat(kept.ask(true, ExampleReader.PERSON, text.read(ask, MONDAY)))
                    .as(ask).isEqualTo(fresh.ask(true, ExampleReader.PERSON, text.read(ask, MONDAY)));
        }
        assertThat(remarks.size() + asks.size()).isGreaterThan(3000);
    }

    @Test
    void aDrlEditLearnsNothingALexiconEditLearnsAgain() {
        LearnedExamples learned = LearnedExamples.onDisk(dataDir);
        TextAnalyzer text = RuleSetLoader.load(RuleFiles.read(rulesDir)).text();
        models(learned, RuleFiles.read(rulesDir), text);
        assertThat(learnings).isEqualTo(1);

        rules.replace("plan/asks.drl", "package plan;", "package plan; // edited");
        models(learned, RuleFiles.read(rulesDir), text);
        assertThat(learnings).isEqualTo(1);

        rules.write("lexicon/vague-phrases.csv", rules.read("lexicon/vague-phrases.csv") + "keep the flag flying,ask,en\n");
        models(learned, RuleFiles.read(rulesDir), text);
        assertThat(learnings).isEqualTo(2);
    }

    @Test
    void aDamagedKeptModelIsLearnedAgain() throws IOException {
        RuleFiles files = RuleFiles.read(rulesDir);
        TextAnalyzer text = RuleSetLoader.load(files).text();
        models(LearnedExamples.onDisk(dataDir), files, text);
        List<Path> kept = keptFiles();
        assertThat(kept).hasSize(1);
        Files.write(kept.get(0), new byte[] {0, 0, 0, 9, 1, 2});

        models(LearnedExamples.onDisk(dataDir), files, text);
        assertThat(learnings).isEqualTo(2);
        models(LearnedExamples.onDisk(dataDir), files, text);
        assertThat(learnings).as("the damaged file was replaced").isEqualTo(2);
    }

    private ExampleModels models(LearnedExamples learned, RuleFiles files, TextAnalyzer text) {
        return learned.models(files, () -> {
            learnings++;
            return ExampleFiles.learn(files, text);
        });
    }

    /** The last column of an examples file: the words. */
    private List<String> column(String file, List<String> header) {
        return Csv.table(file, rules.read(file), header).stream().map(row -> row.field(header.size() - 1)).toList();
    }

    private List<Path> keptFiles() throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.filter(f -> f.toString().endsWith(".examples")).toList();
        }
    }
}
