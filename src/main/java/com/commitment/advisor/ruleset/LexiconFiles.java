package com.commitment.advisor.ruleset;

import com.commitment.advisor.language.Lexicon;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code rules/lexicon/*.csv} ({@code words,tag,lang}; the file name is the list) into a {@link Lexicon}. */
final class LexiconFiles {

    private static final String FOLDER = "lexicon/";

    private LexiconFiles() {
    }

    static Lexicon load(RuleFiles files) {
        List<Lexicon.Row> rows = new ArrayList<>();
        files.names(".csv").filter(name -> name.startsWith(FOLDER)).forEach(name -> {
            String list = name.substring(FOLDER.length(), name.length() - ".csv".length());
            List<Csv.Row> lines = Csv.rows(name, files.text(name));
            if (lines.isEmpty() || !lines.get(0).field(0).equals("words")) {
                throw new RuleSetException(name, lines.isEmpty() ? 1 : lines.get(0).line(),
                        "the first line must be the header: words,tag,lang");
            }
            for (Csv.Row line : lines.subList(1, lines.size())) {
                rows.add(new Lexicon.Row(name, line.line(), list, line.field(0), line.field(1), line.field(2)));
            }
        });
        try {
            return Lexicon.of(rows);
        } catch (Lexicon.BadRow e) {
            throw new RuleSetException(e.row().file(), e.row().line(), e.getMessage());
        }
    }
}
