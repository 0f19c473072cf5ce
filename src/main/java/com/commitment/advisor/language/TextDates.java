package com.commitment.advisor.language;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a concrete date in free text, English or Chinese, relative to a reference day: "by Friday",
 * "next Thursday 3pm", "within 48 hours", "end of the month", "2026-09-30", "下周四", "48小时内", "月底前",
 * "本周五下午三点", "30号前", "by the 30th". Only the grammar of dates lives here; which words are too vague to be a date ("soon",
 * "改天") is judgement and lives in the lexicon, and such words simply are not dates here.
 */
public final class TextDates {

    private static final String EN_DAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)";
    private static final String EN_MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)";
    private static final String CN_NUMBER = "([0-9]+|[一二两三四五六七八九十百]+)";
    private static final String CN_DAY = "([一二三四五六日天1-7])";

    /** The script a grammar's words are in: a text without it is not scanned for that grammar. */
    private enum Script {
        EN, ZH, ANY;

        boolean in(String text) {
            return this == ANY || (this == ZH ? hasHan(text) : hasLatin(text));
        }
    }

    private record Grammar(Script script, Pattern pattern, BiFunction<Matcher, LocalDate, LocalDate> date) {
        // case-sensitive: find() lower-cases the text first, and case-insensitive matching costs at every character
        Grammar(Script script, String regex, BiFunction<Matcher, LocalDate, LocalDate> date) {
            this(script, Pattern.compile(regex), date);
        }
    }

    /**
     * What every grammar below needs at least one of: a digit, a Chinese character of dates, or an English word of
     * dates. Most texts have none ("we still need to discuss internally"): one scan then replaces all grammars.
     */
    private static final Pattern MAYBE_A_DATE = Pattern.compile("[0-9周月]|星期|礼拜|后天|今[天晚日]|当天|明[天日早晚]"
            + "|年[底末]|[一二两三四五六七八九十百]个?(小时|天|日)"
            + "|\\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening)|week|month|year|next)"
            + "|\\b" + EN_DAY + "\\b|\\b" + EN_MONTH + "\\b");

    private static final Grammar[] GRAMMARS = {
        new Grammar(Script.ANY, "\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b", (m, d) -> ymd(m.group(1), m.group(2), m.group(3))),
        new Grammar(Script.ZH, "(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]", (m, d) -> ymd(m.group(1), m.group(2), m.group(3))),
        new Grammar(Script.ZH, CN_NUMBER + "月" + CN_NUMBER + "[日号]", (m, d) -> nextMonthDay(d, cn(m.group(1)), cn(m.group(2)))),
        new Grammar(Script.ZH, CN_NUMBER + "月(底|末)", (m, d) -> endOfMonth(nextMonthDay(d, cn(m.group(1)), 1))),
        new Grammar(Script.ANY, "\\b(day after tomorrow)\\b|后天", (m, d) -> d.plusDays(2)),
        new Grammar(Script.ANY, "\\b(today|tonight|this (morning|afternoon|evening))\\b|今天|今晚|今日|当天", (m, d) -> d),
        new Grammar(Script.ANY, "\\b(tomorrow)\\b|明天|明日|明早|明晚", (m, d) -> d.plusDays(1)),
        new Grammar(Script.EN, "\\bnext week'?s? " + EN_DAY + "\\b|\\bnext " + EN_DAY + "\\b",
                (m, d) -> dayOfNextWeek(d, enDay(m.group(1) != null ? m.group(1) : m.group(2)))),
        new Grammar(Script.ZH, "(下周|下星期|下个星期|下礼拜|下个礼拜)" + CN_DAY, (m, d) -> dayOfNextWeek(d, cnDay(m.group(2)))),
        new Grammar(Script.ZH, "(本周|这周|这个星期|本星期|这星期|周|星期|礼拜)" + CN_DAY, (m, d) -> comingDay(d, cnDay(m.group(2)))),
        new Grammar(Script.EN, "\\b(?:by|on|this|before|until|till|coming)?\\s*" + EN_DAY + "\\b", (m, d) -> comingDay(d, enDay(m.group(1)))),
        new Grammar(Script.EN, "\\b(?:within|in|next)\\s+(\\d+)\\s*(hours?|hrs?|days?|weeks?)\\b",
                (m, d) -> plus(d, Integer.parseInt(m.group(1)), m.group(2).startsWith("h") ? 'h' : m.group(2).charAt(0))),
        new Grammar(Script.ZH, CN_NUMBER + "\\s*个?(小时|天|日|周|星期|礼拜)(内|之内|以内|后|之后|以后)",
                (m, d) -> plus(d, cn(m.group(1)), m.group(2).equals("小时") ? 'h' : m.group(2).matches("天|日") ? 'd' : 'w')),
        new Grammar(Script.ZH, "(?<![0-9月])([0-9]{1,2})[号日](?!内|之内|以内|后|之后|以后)", (m, d) -> comingDayOfMonth(d, Integer.parseInt(m.group(1)))),
        new Grammar(Script.EN, "\\b(?:by|on|before|until)?\\s*the (\\d{1,2})(?:st|nd|rd|th)\\b(?! of)", (m, d) -> comingDayOfMonth(d, Integer.parseInt(m.group(1)))),
        new Grammar(Script.ANY, "\\bend of (the |this )?month\\b|\\bmonth[- ]end\\b|月底|月末|本月内|这个月内", (m, d) -> endOfMonth(d)),
        new Grammar(Script.ANY, "\\bend of next month\\b|下个?月底|下个?月末", (m, d) -> endOfMonth(d.plusMonths(1))),
        new Grammar(Script.ANY, "\\bnext month\\b|下个月|下月", (m, d) -> endOfMonth(d.plusMonths(1))),
        new Grammar(Script.ANY, "\\bend of (the |this )?week\\b|\\bthis week\\b|本周内|这周内|本周|这周|周末前|周末", (m, d) -> comingDay(d, DayOfWeek.FRIDAY)),
        new Grammar(Script.ANY, "\\bnext week\\b|下周|下星期|下礼拜", (m, d) -> dayOfNextWeek(d, DayOfWeek.FRIDAY)),
        new Grammar(Script.ANY, "\\bend of (the |this )?year\\b|年底|年末", (m, d) -> LocalDate.of(d.getYear(), 12, 31)),
        new Grammar(Script.EN, "\\b(?:by|on|before|in|until)?\\s*" + EN_MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b",
                (m, d) -> nextMonthDay(d, enMonth(m.group(1)), Integer.parseInt(m.group(2)))),
        new Grammar(Script.EN, "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + EN_MONTH + "\\b",
                (m, d) -> nextMonthDay(d, enMonth(m.group(2)), Integer.parseInt(m.group(1)))),
        new Grammar(Script.EN, "\\b(?:by|before|in|until|end of)\\s+" + EN_MONTH + "\\b", (m, d) -> nextMonthDay(d, enMonth(m.group(1)), 1)),
    };

    private TextDates() {
    }

    /** The date the text names, counted from {@code today}; empty when it names none (or only vaguely). */
    public static Optional<LocalDate> find(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!MAYBE_A_DATE.matcher(lower).find()) {
            return Optional.empty();
        }
        LocalDate best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Grammar grammar : GRAMMARS) {
            if (!grammar.script().in(lower)) {
                continue;
            }
            Matcher m = grammar.pattern().matcher(lower);
            if (m.find() && m.start() < bestStart) {
                LocalDate date = safely(grammar, m, today);
                if (date != null) {
                    best = date;
                    bestStart = m.start();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A date a text names and where its words start. */
    public record Dated(int start, LocalDate date) {
    }

    /**
     * Every date the text names, in the order they stand, read in one pass of each grammar over the whole text,
     * so that the clauses of a text need not each be read again. Where two grammars read the same words, the one
     * {@link #find} would prefer comes first.
     */
    public static List<Dated> all(String text, LocalDate today) {
        List<Dated> all = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return all;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!MAYBE_A_DATE.matcher(lower).find()) {
            return all;
        }
        for (Grammar grammar : GRAMMARS) {
            if (!grammar.script().in(lower)) {
                continue;
            }
            Matcher m = grammar.pattern().matcher(lower);
            while (m.find()) {
                LocalDate date = safely(grammar, m, today);
                if (date != null) {
                    all.add(new Dated(m.start(), date));
                }
            }
        }
        all.sort(Comparator.comparingInt(Dated::start));
        return all;
    }

    private static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    private static LocalDate safely(Grammar grammar, Matcher m, LocalDate today) {
        try {
            return grammar.date().apply(m, today);
        } catch (RuntimeException impossible) {
            return null;
        }
    }

    private static LocalDate ymd(String y, String m, String d) {
        return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    }

    private static LocalDate comingDay(LocalDate today, DayOfWeek day) {
        return today.with(TemporalAdjusters.nextOrSame(day));
    }

    private static LocalDate dayOfNextWeek(LocalDate today, DayOfWeek day) {
        return today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(day));
    }

    private static LocalDate endOfMonth(LocalDate day) {
        return day.with(TemporalAdjusters.lastDayOfMonth());
    }

    private static LocalDate nextMonthDay(LocalDate today, int month, int day) {
        LocalDate date = LocalDate.of(today.getYear(), month, day);
        return date.isBefore(today.withDayOfMonth(1)) ? date.plusYears(1) : date;
    }

    /** "30号", "by the 30th": that day of this month, or of next month when it has passed. */
    private static LocalDate comingDayOfMonth(LocalDate today, int day) {
        LocalDate date = today.withDayOfMonth(day);
        return date.isBefore(today) ? today.plusMonths(1).withDayOfMonth(day) : date;
    }

    private static LocalDate plus(LocalDate today, int amount, char unit) {
        return switch (unit) {
            case 'h' -> today.plusDays((amount + 23) / 24);
            case 'w' -> today.plusWeeks(amount);
            default -> today.plusDays(amount);
        };
    }

    private static DayOfWeek enDay(String word) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(word)) {
                return day;
            }
        }
        throw new IllegalArgumentException(word);
    }

    private static int enMonth(String word) {
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(word)) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException(word);
    }

    private static DayOfWeek cnDay(String c) {
        int index = "一二三四五六日".indexOf(c);
        if (c.equals("天")) {
            index = 6;
        } else if (index < 0) {
            index = Integer.parseInt(c) - 1;
        }
        return DayOfWeek.of(index + 1);
    }

    /** 48, 四十八, 两, 十二 → a number. */
    private static int cn(String number) {
        if (number.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(number);
        }
        String digits = "零一二三四五六七八九";
        int total = 0;
        int current = 0;
        for (char c : number.replace('两', '二').toCharArray()) {
            int digit = digits.indexOf(c);
            if (digit >= 0) {
                current = digit;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
        }
        return total + current;
    }
}
