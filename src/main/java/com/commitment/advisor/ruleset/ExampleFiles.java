package com.commitment.advisor.ruleset;

import com.commitment.advisor.language.ExampleModels;
import com.commitment.advisor.language.ExampleReader;
import com.commitment.advisor.language.TextAnalyzer;
import com.commitment.advisor.model.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the labelled examples of {@code rules/examples} ({@code remarks.csv}: outcome,field,text; {@code asks.csv}:
 * label,by,action) and learns from them what the {@link ExampleReader} reads with. A row that cannot be learned from
 * (an unknown label, no text) is refused with its file and line, as a lexicon row is. Without the folder the reader
 * leans on nothing and the rules alone judge.
 */
final class ExampleFiles {

    static final String REMARKS = "examples/remarks.csv";
    static final String ASKS = "examples/asks.csv";
    private static final Set<String> OUTCOMES =
            new TreeSet<>(Arrays.stream(Outcome.values()).map(Outcome::name).toList());
    /** Whose words a remark is: the customer's own, or the rep's account of the visit. */
    private static final Set<String> FIELDS = new TreeSet<>(List.of(ExampleReader.CUSTOMER_SAID, ExampleReader.REPORT));
    /** What can be wrong with an ask, as the commitment rules' codes say it; CLEAN when nothing is. */
    private static final Set<String> ASK_LABELS = new TreeSet<>(List.of("CLEAN", "SELLER", "SERVES_US", "VAGUE"));

    private ExampleFiles() {
    }

    static ExampleModels learn(RuleFiles files, TextAnalyzer text) {
        List<ExampleReader.Remark> remarks = new ArrayList<>();
        for (Csv.Row row : rows(files, REMARKS, List.of("outcome", "field", "text"))) {
            remarks.add(new ExampleReader.Remark(label(row, 0, OUTCOMES, REMARKS), label(row, 1, FIELDS, REMARKS),
                    text(row, 2, REMARKS)));
        }
        List<ExampleReader.Ask> asks = new ArrayList<>();
        for (Csv.Row row : rows(files, ASKS, List.of("label", "by", "action"))) {
            asks.add(new ExampleReader.Ask(label(row, 0, ASK_LABELS, ASKS), text(row, 1, ASKS), text(row, 2, ASKS)));
        }
        return ExampleReader.learn(text, remarks, asks);
    }

    private static List<Csv.Row> rows(RuleFiles files, String name, List<String> header) {
        if (!files.files().containsKey(name)) {
            return List.of();
        }
        List<Csv.Row> rows = Csv.table(name, files.text(name), header);
        for (Csv.Row row : rows) {
            if (row.fields().size() != header.size()) {
                throw new RuleSetException(name, row.line(), row.fields().size() + " columns where the header has "
                        + header.size() + ": put a text with commas in double quotes");
            }
        }
        return rows;
    }

    private static String label(Csv.Row row, int column, Set<String> labels, String file) {
        String label = row.field(column);
        if (!labels.contains(label)) {
            throw new RuleSetException(file, row.line(), "\"" + label + "\" cannot stand in column " + (column + 1)
                    + "; write one of " + labels);
        }
        return label;
    }

    private static String text(Csv.Row row, int column, String file) {
        String text = row.field(column);
        if (text.isEmpty()) {
            throw new RuleSetException(file, row.line(), "column " + (column + 1) + " is empty");
        }
        return text;
    }
}
