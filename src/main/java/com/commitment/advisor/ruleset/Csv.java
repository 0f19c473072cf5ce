package com.commitment.advisor.ruleset;

import java.util.ArrayList;
import java.util.List;

/** Reads the small CSV files of {@code rules/}: comma separated, double quotes around a field with commas. */
public final class Csv {

    public record Row(int line, List<String> fields) {
        public String field(int index) {
            return index < fields.size() ? fields.get(index).strip() : "";
        }
    }

    private Csv() {
    }

    /** Every non-blank line that is not a {@code #} comment, with its line number. */
    public static List<Row> rows(String file, String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 ? lines[i].replace("\uFEFF", "") : lines[i];
            if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                rows.add(new Row(i + 1, fields(file, i + 1, line)));
            }
        }
        return rows;
    }

    /**
     * The rows under a header line that must be exactly {@code header}; refused with the file and line of the first
     * line when it is not, so a table whose columns moved is never read as if they had not.
     */
    public static List<Row> table(String file, String text, List<String> header) {
        List<Row> rows = rows(file, text);
        if (rows.isEmpty() || !rows.get(0).fields().stream().map(String::strip).toList().equals(header)) {
            throw new RuleSetException(file, rows.isEmpty() ? 1 : rows.get(0).line(),
                    "the first line must be the header: " + String.join(",", header));
        }
        return rows.subList(1, rows.size());
    }

    private static List<String> fields(String file, int lineNumber, String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new RuleSetException(file, lineNumber, "a quote is opened and never closed");
        }
        fields.add(field.toString());
        return fields;
    }
}
