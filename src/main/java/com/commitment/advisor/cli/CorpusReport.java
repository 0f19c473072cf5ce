package com.commitment.advisor.cli;

import com.commitment.advisor.advice.CorpusCheck;
import com.commitment.advisor.advice.CorpusScore;
import com.commitment.advisor.ruleset.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Prints how well the rules read the language corpus: per class and language, then every row read wrong. */
final class CorpusReport {

    private CorpusReport() {
    }

    static void print(PrintWriter out, RuleSet rules, Path corpus) {
        List<Path> folders = CorpusCheck.folders(corpus);
        if (folders.isEmpty()) {
            out.println("no corpus (remarks.csv, asks.csv) below " + corpus);
        }
        for (Path folder : folders) {
            List<CorpusCheck.Row> rows = CorpusCheck.run(rules, folder);
            out.println();
            out.println("corpus " + folder);
            for (String kind : List.of("remark", "ask")) {
                if (CorpusScore.labels(rows, kind).isEmpty()) {
                    continue;
                }
                out.printf(Locale.ROOT, "  %ss: %s right overall, en %s, zh %s%n", kind,
                        percent(CorpusScore.accuracy(rows, kind, null)), percent(CorpusScore.accuracy(rows, kind, "en")),
                        percent(CorpusScore.accuracy(rows, kind, "zh")));
                out.printf(Locale.ROOT, "    %-14s %-4s %9s %9s %5s%n", "class", "lang", "precision", "recall", "rows");
                for (String label : CorpusScore.labels(rows, kind)) {
                    for (String lang : new String[] {"en", "zh", null}) {
                        CorpusScore s = CorpusScore.of(rows, kind, label, lang);
                        out.printf(Locale.ROOT, "    %-14s %-4s %9s %9s %5d%n", label, lang == null ? "all" : lang,
                                percent(s.precision()), percent(s.recall()), s.truePositives() + s.falseNegatives());
                    }
                }
            }
            rows.stream().filter(r -> !r.right()).forEach(r -> out.println("  MISREAD " + r.file() + ":" + r.line()
                    + " " + r.lang() + " " + r.expected() + " read as " + r.got() + "  \"" + r.text() + "\""));
        }
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
