package com.commitment.advisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.commitment.advisor.advice.Advisor;
import com.commitment.advisor.advice.AdviceJson;
import com.commitment.advisor.language.ExampleReader;
import com.commitment.advisor.language.Reading;
import com.commitment.advisor.model.Advice;
import com.commitment.advisor.model.AdviceRequest;
import com.commitment.advisor.model.Outcome;
import com.commitment.advisor.model.Recommendation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of rules/examples teach the advisor wordings no lexicon row spells out: a request read with them
 * and without them differs as the examples say, and where they are sure they decide; they generalise to examples
 * held out of the training; and a row that cannot be learned from is refused with its file and line, as a lexicon
 * row is.
 */
class ExamplesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path rules;

    @Test
    void aRemarkNoLexiconRowNamesIsReadAsTheExamplesOfAnOrderRead() {
        RulesCopy copy = RulesCopy.of(Path.of("rules"), rules);
        String said = "Finance has wired the first-year fee, so count us in.";
        Advice withExamples = advise(RuleSetLoader.load(rules), remark(said));
        assertThat(withExamples.outcome()).isEqualTo(Outcome.ORDER);
        assertThat(evidence(withExamples, "OUTCOME_ORDER")).anyMatch(e -> e.contains("reads like the examples of an order"));

        copy.delete("examples/remarks.csv");
        copy.delete("examples/asks.csv");
        assertThat(advise(RuleSetLoader.load(rules), remark(said)).outcome()).isEqualTo(Outcome.CONTINUATION);
    }

    /**
     * "go with you" is an order idea of the lexicon; the examples are sure this is a continuation and decide, until
     * the setting says the lexicons always do.
     */
    @Test
    void whereTheExamplesAreSureTheyDecideUnlessTheSettingLeavesItToTheLexicons() {
        RulesCopy copy = RulesCopy.of(Path.of("rules"), rules);
        String said = "We'll most likely go with you one day, but I can't say when.";
        assertThat(advise(RuleSetLoader.load(rules), remark(said)).outcome()).isEqualTo(Outcome.CONTINUATION);

        copy.replace("advisor.properties", "language.min-leaning-percent = 90", "language.min-leaning-percent = 101");
        assertThat(advise(RuleSetLoader.load(rules), remark(said)).outcome()).isEqualTo(Outcome.ORDER);
    }

    @Test
    void anOrderOnlyIfIsNoOrder() {
        RuleSet set = RuleSetLoader.load(Path.of("rules"));
        assertThat(advise(set, remark("If finance has wired the first-year fee, count us in.")).outcome())
                .isEqualTo(Outcome.CONTINUATION);
    }

    /** "Nobody" stands two words before "rejected": within the reach of the setting it denies it, beyond it not. */
    @Test
    void howFarANegationReachesIsASettingThatMustBeSet() {
        RulesCopy copy = RulesCopy.of(Path.of("rules"), rules);
        String said = "Nobody has rejected your offer; we just need another month to compare.";
        assertThat(advise(RuleSetLoader.load(rules), remark(said)).outcome()).isEqualTo(Outcome.CONTINUATION);

        copy.replace("advisor.properties", "language.negation-reach-words = 3", "language.negation-reach-words = 1");
        assertThat(advise(RuleSetLoader.load(rules), remark(said)).outcome()).isEqualTo(Outcome.NO_SALE);

        copy.replace("advisor.properties", "language.negation-reach-words = 1", "");
        assertThatThrownBy(() -> RuleSetLoader.load(rules)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("language.negation-reach-words");
    }

    @Test
    void examplesAddedBySalesOpsChangeHowAnAskIsRead() {
        RulesCopy copy = RulesCopy.of(Path.of("rules"), rules);
        String ask = "carry the torch for the pilot in planning meetings";
        List<String> before = codes(advise(RuleSetLoader.load(rules), ask(ask)));
        assertThat(before).doesNotContain("COMMITMENT_VAGUE", "COMMITMENT_SELLER_ACTION", "COMMITMENT_NOT_FROM_CONCEPT");

        copy.write("examples/asks.csv", copy.read("examples/asks.csv") + """
                VAGUE,person,carry the torch for the rollout in budget meetings
                VAGUE,person,fly the flag for the project with the other managers
                VAGUE,person,champion the new system whenever planning comes up
                VAGUE,person,在排产会上多替试点敲敲边鼓
                """);
        Advice after = advise(RuleSetLoader.load(rules), ask(ask));
        assertThat(codes(after)).contains("COMMITMENT_VAGUE");
        assertThat(codes(advise(RuleSetLoader.load(rules), ask("send us last month's pilot rota by Friday"))))
                .doesNotContain("COMMITMENT_VAGUE", "COMMITMENT_SELLER_ACTION", "COMMITMENT_NOT_FROM_CONCEPT");
        assertThat(evidence(after, "COMMITMENT_VAGUE")).anyMatch(e -> e.contains("reads like the examples of a vague ask"));
    }

    /**
     * Trained on nine tenths of the examples, the reader labels the tenth it never saw as its authors did: what keeps
     * an edit that teaches it something wrong (a mislabelled row, a contradiction) from going unnoticed.
     */
    @Test
    void theExamplesReadRightTheOnesTheyWereNotTrainedOn() throws IOException {
        RuleSet set = RuleSetLoader.load(Path.of("rules"));
        List<ExampleReader.Remark> remarks = rows(ExampleFiles.REMARKS)
                .map(row -> new ExampleReader.Remark(row.field(0), row.field(1), row.field(2))).toList();
        List<ExampleReader.Ask> asks = rows(ExampleFiles.ASKS)
                .map(row -> new ExampleReader.Ask(row.field(0), row.field(1), row.field(2))).toList();
        int remarksRight = 0;
        int asksRight = 0;
        for (int tenth = 0; tenth < 10; tenth++) {
            ExampleReader reader = ExampleReader.train(set.text(), tenth(remarks, tenth, false), tenth(asks, tenth, false));
            for (ExampleReader.Remark e : tenth(remarks, tenth, true)) {
                ExampleReader.Lean lean = reader.remark(e.field(), set.text().read(e.text(), MONDAY));
                remarksRight += lean.label().equals(e.outcome()) ? 1 : 0;
            }
            for (ExampleReader.Ask e : tenth(asks, tenth, true)) {
                boolean person = e.by().equals(ExampleReader.PERSON);
                ExampleReader.Lean lean = reader.ask(person, e.by(), set.text().read(e.action(), MONDAY));
                asksRight += lean.label().equals(e.label()) ? 1 : 0;
            }
        }
        assertThat((double) remarksRight / remarks.size()).as("remarks").isGreaterThanOrEqualTo(0.93);
        // 91.5 % since the 221 asks on the edges of two labels ("email Dr Mensah the evidence summary": ours;
        // "forward our proposal to his plant manager": hers); the held-out corpora gained by them
        assertThat((double) asksRight / asks.size()).as("asks").isGreaterThanOrEqualTo(0.91);
    }

    @Test
    void anUnknownLabelNamesItsLine() {
        RulesCopy copy = RulesCopy.of(Path.of("rules"), rules);
        copy.write("examples/remarks.csv", "outcome,field,text\nORDER,report,We signed.\nMAYBE,report,We might.\n");
        assertThatThrownBy(() -> RuleSetLoader.load(rules)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("examples/remarks.csv:3").hasMessageContaining("MAYBE");
    }

    @Test
    void anUnknownFieldNamesItsLine() {
        RulesCopy copy = RulesCopy.of(Path.of("rules"), rules);
        copy.write("examples/remarks.csv", "outcome,field,text\nORDER,said,We signed.\n");
        assertThatThrownBy(() -> RuleSetLoader.load(rules)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("examples/remarks.csv:2").hasMessageContaining("customerSaid, report");
    }

    /** "We" is the seller in the rep's report and the customer in the customer's words: the field is read too. */
    @Test
    void whoseWordsARemarkIsIsPartOfWhatTheReaderReads() {
        RuleSet set = RuleSetLoader.load(Path.of("rules"));
        List<Reading> words = set.text().read("We presented the proposal and answered their questions.", MONDAY);
        assertThat(set.examples().remark(ExampleReader.REPORT, words))
                .isNotEqualTo(set.examples().remark(ExampleReader.CUSTOMER_SAID, words));
    }

    @Test
    void aTextWithAnUnquotedCommaNamesItsLine() {
        RulesCopy copy = RulesCopy.of(Path.of("rules"), rules);
        copy.write("examples/asks.csv", "label,by,action\nCLEAN,person,send the logs, by Friday\n");
        assertThatThrownBy(() -> RuleSetLoader.load(rules)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("examples/asks.csv:2").hasMessageContaining("double quotes");
    }

    @Test
    void aWrongHeaderIsRefused() {
        RulesCopy copy = RulesCopy.of(Path.of("rules"), rules);
        copy.write("examples/remarks.csv", "outcome,text\nORDER,We signed.\n");
        assertThatThrownBy(() -> RuleSetLoader.load(rules)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("examples/remarks.csv:1").hasMessageContaining("outcome,field,text");
    }

    private static Advice advise(RuleSet set, AdviceRequest request) {
        return new Advisor(() -> set, Clock.systemUTC()).advise(request, "en");
    }

    private static AdviceRequest remark(String said) {
        return request("""
                "debrief": { "date": "2026-11-30", "customerSaid": [ %s ] }""".formatted(quoted(said)));
    }

    private static AdviceRequest ask(String action) {
        return request("""
                "plan": { "date": "2026-12-01", "commitments": [ { "id": "c1", "kind": "BEST", "by": "p1",
                  "action": %s, "due": "2026-12-04", "check": "ask him before we part whether Friday works",
                  "why": "fewer night shifts for his support team" } ] }""".formatted(quoted(action)));
    }

    private static AdviceRequest request(String part) {
        return AdviceJson.mapper().readValue("""
                { "deal": { "id": "D-1", "asOf": "2026-11-30", "stage": "EVALUATION" },
                  "people": [ { "id": "p1", "name": "Wang", "role": "PP", "influence": 1, "support": 0,
                                "concept": "fewer night shifts for the support team",
                                "personalWin": "credit for cutting overtime" } ],
                  %s }""".formatted(part), AdviceRequest.class);
    }

    private static String quoted(String text) {
        return AdviceJson.mapper().writeValueAsString(text);
    }

    private static List<String> codes(Advice advice) {
        return advice.recommendations().stream().map(Recommendation::code).toList();
    }

    private static List<String> evidence(Advice advice, String code) {
        return advice.recommendations().stream().filter(r -> r.code().equals(code))
                .flatMap(r -> r.evidence().stream()).toList();
    }

    private static Stream<Csv.Row> rows(String file) throws IOException {
        List<Csv.Row> rows = Csv.rows(file, Files.readString(Path.of("rules", file)));
        return rows.subList(1, rows.size()).stream();
    }

    /** Every tenth example from the {@code tenth}-th on ({@code held}), or all the others, in file order. */
    private static <T> List<T> tenth(List<T> all, int tenth, boolean held) {
        List<T> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if ((i % 10 == tenth) == held) {
                kept.add(all.get(i));
            }
        }
        return kept;
    }
}
