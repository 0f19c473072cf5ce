package com.commitment.advisor.language;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a text into sentences and the pieces of each between commas and colons, keeping where each piece stands, so a
 * clause can be quoted as written. Where inside a piece two clauses join ("but", "然后") is up to the words of
 * the {@code clause-words} lexicon, read later.
 */
final class ClauseSplitter {

    /** Sentence ends: Chinese and Latin marks, semicolons, line breaks; a full stop only before a space or the end. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;\\n]+|\\.(?=\\s|$)");
    /**
     * Piece breaks inside a sentence: commas and colons (full-width ones are plain by now), not those inside a number
     * ("4,500", "10:30"; "今天定不了，10号我汇报" breaks); dashes between clauses ("not a pilot — we're buying",
     * "破折号——"), not in "10–12 Dec".
     */
    private static final Pattern PIECE_END = Pattern.compile("(?<!\\d)[,:]|[,:](?!\\d)|\u2014+|\\s[-\u2013]\\s");

    record Span(int start, int end) {
    }

    private ClauseSplitter() {
    }

    static List<Span> sentences(String text) {
        return cut(SENTENCE_END, text, 0, text.length());
    }

    static List<Span> pieces(String text, Span sentence) {
        return cut(PIECE_END, text, sentence.start(), sentence.end());
    }

    private static List<Span> cut(Pattern breaks, String text, int from, int to) {
        List<Span> spans = new ArrayList<>();
        Matcher matcher = breaks.matcher(text).region(from, to);
        int start = from;
        while (matcher.find()) {
            add(spans, text, start, matcher.start());
            start = matcher.end();
        }
        add(spans, text, start, to);
        return spans;
    }

    private static void add(List<Span> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            spans.add(new Span(start, end));
        }
    }
}
