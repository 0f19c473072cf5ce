package com.commitment.advisor.advice;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Precision and recall of one class over corpus rows: of the rows read as {@code label}, how many were; of the
 * rows that are, how many were read so. An ask may be read as several labels ("SELLER+VAGUE").
 */
public record CorpusScore(String kind, String label, String lang, int truePositives, int falsePositives,
        int falseNegatives) {

    public static CorpusScore of(List<CorpusCheck.Row> rows, String kind, String label, String lang) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (CorpusCheck.Row row : rows) {
            if (!row.kind().equals(kind) || !(lang == null || row.lang().equals(lang))) {
                continue;
            }
            boolean is = row.expected().equals(label);
            boolean readAs = labels(row.got()).contains(label);
            tp += is && readAs ? 1 : 0;
            fp += !is && readAs ? 1 : 0;
            fn += is && !readAs ? 1 : 0;
        }
        return new CorpusScore(kind, label, lang, tp, fp, fn);
    }

    /** The classes of a kind of row, as the rows name them, sorted. */
    public static Set<String> labels(List<CorpusCheck.Row> rows, String kind) {
        Set<String> labels = new TreeSet<>();
        rows.stream().filter(r -> r.kind().equals(kind)).forEach(r -> labels.add(r.expected()));
        return labels;
    }

    private static Set<String> labels(String got) {
        return Set.of(got.split("\\+"));
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
    }

    /** Share of rows of a kind (and language, null for both) read exactly right. */
    public static double accuracy(List<CorpusCheck.Row> rows, String kind, String lang) {
        List<CorpusCheck.Row> mine = rows.stream()
                .filter(r -> r.kind().equals(kind) && (lang == null || r.lang().equals(lang))).toList();
        return mine.isEmpty() ? 1 : (double) mine.stream().filter(CorpusCheck.Row::right).count() / mine.size();
    }
}
