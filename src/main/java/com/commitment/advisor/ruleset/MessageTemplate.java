package com.commitment.advisor.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One message text cut once, when the rule set loads, into plain text, {@code {placeholders}} and {@code [optional
 * parts]}: every answer fills a dozen texts, and cutting them anew each time was a tenth of an answer's work.
 * A part in brackets shows, without its brackets, only when every placeholder in it has a value; a placeholder
 * with no value shows as "?".
 */
final class MessageTemplate {

    private sealed interface Piece permits Plain, Placeholder, Optional {
    }

    private record Plain(String text) implements Piece {
    }

    private record Placeholder(String name) implements Piece {
    }

    private record Optional(List<Piece> pieces) implements Piece {
    }

    private final List<Piece> pieces;

    private MessageTemplate(List<Piece> pieces) {
        this.pieces = pieces;
    }

    static MessageTemplate of(String text) {
        List<Piece> pieces = new ArrayList<>();
        int plainFrom = 0;
        for (int i = 0; i < text.length(); i++) {
            int close = text.charAt(i) == '[' ? closingBracket(text, i) : -1;
            if (close > 0) {
                placeholders(text.substring(plainFrom, i), pieces);
                List<Piece> inside = new ArrayList<>();
                placeholders(text.substring(i + 1, close), inside);
                pieces.add(new Optional(List.copyOf(inside)));
                plainFrom = close + 1;
                i = close;
            }
        }
        placeholders(text.substring(plainFrom), pieces);
        return new MessageTemplate(List.copyOf(pieces));
    }

    /** The text with its placeholders filled from {@code params}, each value shown through {@code shown}. */
    String fill(Map<String, String> params, UnaryOperator<String> shown) {
        StringBuilder out = new StringBuilder();
        append(pieces, params, shown, out);
        return out.toString();
    }

    private static void append(List<Piece> pieces, Map<String, String> params, UnaryOperator<String> shown,
                               StringBuilder out) {
        for (Piece piece : pieces) {
            if (piece instanceof Plain plain) {
                out.append(plain.text());
            } else if (piece instanceof Placeholder placeholder) {
                String value = params.get(placeholder.name());
                out.append(value == null ? "?" : shown.apply(value));
            } else if (piece instanceof Optional optional && allKnown(optional.pieces(), params)) {
                append(optional.pieces(), params, shown, out);
            }
        }
    }

    private static boolean allKnown(List<Piece> pieces, Map<String, String> params) {
        for (Piece piece : pieces) {
            if (piece instanceof Placeholder placeholder && params.get(placeholder.name()) == null) {
                return false;
            }
        }
        return true;
    }

    /** Where the bracket opened at {@code open} closes, or -1 when another opens first or none closes. */
    private static int closingBracket(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ']') {
                return i;
            }
            if (c == '[') {
                return -1;
            }
        }
        return -1;
    }

    /** Cuts plain text into plain pieces and {@code {name}} placeholders (letters, digits, "_", "." or "-"). */
    private static void placeholders(String text, List<Piece> pieces) {
        int plainFrom = 0;
        for (int i = 0; i < text.length(); i++) {
            int close = text.charAt(i) == '{' ? closingBrace(text, i) : -1;
            if (close > 0) {
                if (i > plainFrom) {
                    pieces.add(new Plain(text.substring(plainFrom, i)));
                }
                pieces.add(new Placeholder(text.substring(i + 1, close)));
                plainFrom = close + 1;
                i = close;
            }
        }
        if (plainFrom < text.length()) {
            pieces.add(new Plain(text.substring(plainFrom)));
        }
    }

    private static int closingBrace(String text, int open) {
        int i = open + 1;
        while (i < text.length() && isNameChar(text.charAt(i))) {
            i++;
        }
        return i > open + 1 && i < text.length() && text.charAt(i) == '}' ? i : -1;
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-');
    }
}
