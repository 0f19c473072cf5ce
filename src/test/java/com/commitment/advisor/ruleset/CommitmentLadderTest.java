package com.commitment.advisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.facts.LadderStep;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The commitment ladder, its phrase list and its texts agree: a sales-ops edit of one shows up in the others. */
class CommitmentLadderTest {

    private static final Path RULES = Path.of("rules");
    private static List<LadderStep> steps;

    @BeforeAll
    static void readTheLadder() {
        steps = RuleSetLoader.load(RULES).ladder().stream().sorted(Comparator.comparingInt(LadderStep::rank)).toList();
    }

    @Test
    void everyRowIsOneStepWithItsOwnIdAndRank() {
        assertThat(steps).hasSizeGreaterThanOrEqualTo(10);
        assertThat(steps.stream().map(LadderStep::id).distinct()).hasSameSizeAs(steps);
        assertThat(steps.stream().map(LadderStep::rank).distinct()).hasSameSizeAs(steps);
        LadderStep hour = steps.stream().filter(s -> s.id().equals("give-hour")).findFirst().orElseThrow();
        assertThat(hour.roles()).hasSize(4);
        assertThat(hour.advances()).isTrue();
        assertThat(steps.stream().filter(s -> s.id().equals("keep-in-touch")).findFirst().orElseThrow().advances()).isFalse();
    }

    @Test
    void everyPhraseNamesAStepAndEveryStepHasEnglishAndChinesePhrases() throws IOException {
        String file = "lexicon/ladder-steps.csv";
        List<Csv.Row> rows = Csv.rows(file, Files.readString(RULES.resolve(file)));
        Set<String> ids = steps.stream().map(LadderStep::id).collect(Collectors.toSet());
        Set<String> tags = new TreeSet<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            assertThat(ids).as(file + ":" + row.line() + " names no step of the ladder").contains(row.field(1));
            tags.add(row.field(1) + "/" + row.field(2));
        }
        for (String id : ids) {
            assertThat(tags).as("phrases for step " + id).contains(id + "/en", id + "/zh");
        }
    }

    @Test
    void everyStepCanBeSaidInBothLanguages() throws IOException {
        for (String lang : List.of("en", "zh")) {
            Properties texts = new Properties();
            texts.load(new StringReader(Files.readString(RULES.resolve("messages_" + lang + ".properties"))));
            for (LadderStep step : steps) {
                assertThat(texts.getProperty("word." + step.id())).as("word." + step.id() + " in messages_" + lang).isNotBlank();
            }
        }
    }
}
