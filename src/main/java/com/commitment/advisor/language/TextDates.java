package com.commitment.advisor.language;

import java.time.DateTimeException;
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
 * "本周五下午三点", "30号前", "by the 30th", "Thursday the 10th", "明年一月", "the week after next", "下下周三",
 * "on 12/14", "12.9号", "12.7上线", "14.12.2026", "before the weekend", "元旦前". Only the grammar of dates lives here;
 * which words are too vague to be a date ("soon", "改天") is judgement and lives in the lexicon, and such words
 * simply are not dates here.
 */
public final class TextDates {

    private static final String EN_DAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)";
    private static final String EN_MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)";
    private static final String CN_NUMBER = "([0-9]+|[一二两三四五六七八九十百]+)";
    private static final String CN_DAY = "([一二三四五六日天1-7])";

    /**
     * A date grammar, and the words at least one of which a text must hold for it to match: most texts hold none of
     * them ("we still need to discuss internally"), and looking for a word costs far less than a scan by the grammar.
     */
    private record Grammar(List<String> needs, Pattern pattern, BiFunction<Matcher, LocalDate, LocalDate> date) {
        // case-sensitive: find() lower-cases the text first, and case-insensitive matching costs at every character
        Grammar(List<String> needs, String regex, BiFunction<Matcher, LocalDate, LocalDate> date) {
            this(needs, Pattern.compile(regex), date);
        }

        boolean mayMatch(String lower) {
            for (String word : needs) {
                if (lower.contains(word)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Pattern DAY_OR_MONTH = Pattern.compile("(?:" + EN_DAY + "|" + EN_MONTH + ")(?:'s)?$");

    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private static final Grammar[] GRAMMARS = {
        new Grammar(List.of("-"), "\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b", (m, d) -> ymd(m.group(1), m.group(2), m.group(3))),
        new Grammar(List.of("年"), "(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]", (m, d) -> ymd(m.group(1), m.group(2), m.group(3))),
        new Grammar(List.of("/"), "\\b(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b", (m, d) -> ymd(m.group(1), m.group(2), m.group(3))),
        // "04/12/2026": day or month first, as the writer's country has it; the reading that comes soonest
        new Grammar(List.of("/"), "\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b",
                (m, d) -> soonest(d, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))),
        // "starting 7.12.", "on 11.12": after a word that says a date follows, either way round; the sooner
        new Grammar(List.of("."), "\\b(?:on|from|starting|until|till|before|due)\\s+(\\d{1,2})\\.(\\d{1,2})\\b(?!\\.?\\d)"
                + "(?!\\s*(?:%|percent|points?|million|k\\b|x\\b|times|hours?|days?|weeks?))",
                (m, d) -> soonest(d, 0, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))),
        // "14.12.2026": day first, as wherever dots separate a date's parts
        new Grammar(List.of("."), "(?<![0-9.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b", (m, d) -> ymd(m.group(3), m.group(2), m.group(1))),
        new Grammar(List.of("月"), CN_NUMBER + "月" + CN_NUMBER + "[日号]", (m, d) -> nextMonthDay(d, cn(m.group(1)), cn(m.group(2)))),
        new Grammar(List.of("月"), CN_NUMBER + "月(底|末)", (m, d) -> endOfMonth(nextMonthDay(d, cn(m.group(1)), 1))),
        new Grammar(List.of("tomorrow", "后天"), "\\b(day after tomorrow)\\b|后天", (m, d) -> d.plusDays(2)),
        new Grammar(List.of("today", "tonight", "this ", "今", "当天"), "\\b(today|tonight|this (morning|afternoon|evening))\\b|今天|今晚|今日|当天", (m, d) -> d),
        new Grammar(List.of("tomorrow", "明"), "\\b(tomorrow)\\b|明天|明日|明早|明晚", (m, d) -> d.plusDays(1)),
        new Grammar(List.of("next"), "\\bnext week'?s? " + EN_DAY + "\\b|\\bnext " + EN_DAY + "\\b",
                (m, d) -> dayOfNextWeek(d, enDay(m.group(1) != null ? m.group(1) : m.group(2)))),
        new Grammar(List.of("下"), "(下周|下星期|下个星期|下礼拜|下个礼拜)" + CN_DAY, (m, d) -> dayOfNextWeek(d, cnDay(m.group(2)))),
        // "下下周三", "the week after next": read before "下周三" and "next week", which stand inside them
        new Grammar(List.of("下下"), "下下个?(?:周|星期|礼拜)" + CN_DAY + "?",
                (m, d) -> dayOfNextWeek(d, m.group(1) == null ? DayOfWeek.FRIDAY : cnDay(m.group(1))).plusWeeks(1)),
        new Grammar(List.of("after next"), "\\bweek after next\\b", (m, d) -> dayOfNextWeek(d, DayOfWeek.FRIDAY).plusWeeks(1)),
        // "on 12/14", "by 11/12": only after a word that says a date follows ("24/7", "1/2 of it" are none); either
        // way round, the sooner: by 11/12, said on 30 November, is 11 December, not a day gone by
        new Grammar(List.of("/"), "\\b(?:on|by|before|until|till|from|starting|due)\\s+(\\d{1,2})/(\\d{1,2})\\b(?!/)",
                (m, d) -> soonest(d, 0, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))),
        // "12.9号", "10.9那天", "12.7上线": month.day right before a Chinese word, unless the word counts it ("3.5亿",
        // "2.0版", "8.5折")
        new Grammar(List.of("."), "(?<![0-9.])(1[0-2]|0?[1-9])\\.(3[01]|[12][0-9]|0?[1-9])(?![0-9.])(?=\\p{IsHan})(?![万亿千百元块倍折个版级分米吨台套成人岁年月次])",
                (m, d) -> nextMonthDay(d, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))),
        new Grammar(List.of("元旦", "new year"), "元旦|\\bnew year'?s?\\b", (m, d) -> nextMonthDay(d, 1, 1)),
        new Grammar(List.of("christmas", "圣诞"), "\\bchristmas\\b|圣诞", (m, d) -> nextMonthDay(d, 12, 25)),
        new Grammar(List.of("周", "星期", "礼拜"), "(本周|这周|这个星期|本星期|这星期|周|星期|礼拜)" + CN_DAY, (m, d) -> comingDay(d, cnDay(m.group(2)))),
        // "Thursday the 10th": the day of the month says which Thursday; read before the weekday alone
        new Grammar(DIGITS, "\\b(?:by|on|this|before|until|till|coming)?\\s*" + EN_DAY
                + ",?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\b(?! of)",
                (m, d) -> comingDayOfMonth(d, Integer.parseInt(m.group(2)))),
        new Grammar(List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun"), "\\b(?:by|on|this|before|until|till|coming)?\\s*" + EN_DAY + "\\b", (m, d) -> comingDay(d, enDay(m.group(1)))),
        new Grammar(DIGITS, "\\b(?:within|in|next)\\s+(\\d+)\\s*(hours?|hrs?|days?|weeks?)\\b",
                (m, d) -> plus(d, Integer.parseInt(m.group(1)), m.group(2).startsWith("h") ? 'h' : m.group(2).charAt(0))),
        new Grammar(List.of("内", "后"), CN_NUMBER + "\\s*个?(小时|天|日|周|星期|礼拜)(内|之内|以内|后|之后|以后)",
                (m, d) -> plus(d, cn(m.group(1)), m.group(2).equals("小时") ? 'h' : m.group(2).matches("天|日") ? 'd' : 'w')),
        // "下个月5号": that day of next month
        new Grammar(List.of("下"), "下个?月" + CN_NUMBER + "[日号]", (m, d) -> d.plusMonths(1).withDayOfMonth(cn(m.group(1)))),
        // "本月10号", "30号前": the coming day of that number; "12月10号" is read above, with its month
        new Grammar(List.of("号", "日"), "(?<![0-9])(?<![0-9一二两三四五六七八九十]月)([0-9]{1,2})[号日](?!内|之内|以内|后|之后|以后)", (m, d) -> comingDayOfMonth(d, Integer.parseInt(m.group(1)))),
        new Grammar(DIGITS, "\\b(?:by|on|before|until)?\\s*the (\\d{1,2})(?:st|nd|rd|th)\\b(?! of)", (m, d) -> comingDayOfMonth(d, Integer.parseInt(m.group(1)))),
        new Grammar(List.of("month", "月"), "\\bend of (the |this )?month\\b|\\bmonth[- ]end\\b|月底|月末|本月内|这个月内", (m, d) -> endOfMonth(d)),
        new Grammar(List.of("month", "月"), "\\bend of next month\\b|下个?月底|下个?月末", (m, d) -> endOfMonth(d.plusMonths(1))),
        new Grammar(List.of("month", "月"), "\\bnext month\\b|下个月|下月", (m, d) -> endOfMonth(d.plusMonths(1))),
        new Grammar(List.of("week", "周"), "\\bend of (the |this )?week\\b|\\bthis week\\b|\\b(?:before|by) the weekend\\b|\\bbefore the week is out\\b|本周内|这周内|本周|这周|周末前|周末", (m, d) -> comingDay(d, DayOfWeek.FRIDAY)),
        new Grammar(List.of("week", "下"), "\\bnext week\\b|下周|下星期|下礼拜", (m, d) -> dayOfNextWeek(d, DayOfWeek.FRIDAY)),
        new Grammar(List.of("year", "年"), "\\bend of (the |this )?year\\b|年底|年末", (m, d) -> LocalDate.of(d.getYear(), 12, 31)),
        new Grammar(DIGITS, "\\b(?:by|on|before|in|until)?\\s*" + EN_MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b",
                (m, d) -> nextMonthDay(d, enMonth(m.group(1)), Integer.parseInt(m.group(2)))),
        new Grammar(DIGITS, "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + EN_MONTH + "\\b",
                (m, d) -> nextMonthDay(d, enMonth(m.group(2)), Integer.parseInt(m.group(1)))),
        new Grammar(List.of("年"), "(明年|今年)" + CN_NUMBER + "月(?![0-9一二两三四五六七八九十]+[日号])",
                (m, d) -> LocalDate.of(d.getYear() + (m.group(1).equals("明年") ? 1 : 0), cn(m.group(2)), 1)),
        new Grammar(List.of("next "), "\\bnext " + EN_MONTH + "\\b", (m, d) -> nextMonthDay(d, enMonth(m.group(1)), 1)),
        new Grammar(List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), "\\b(?:by|before|in|until|end of)\\s+" + EN_MONTH + "\\b", (m, d) -> nextMonthDay(d, enMonth(m.group(1)), 1)),
    };

    private TextDates() {
    }

    /** The date the text names, counted from {@code today}; empty when it names none (or only vaguely). */
    public static Optional<LocalDate> find(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        LocalDate best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Grammar grammar : GRAMMARS) {
            if (!grammar.mayMatch(lower)) {
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

    /** A date a text names and where its words start and end. */
    public record Dated(int start, int end, LocalDate date) {
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
        for (Grammar grammar : GRAMMARS) {
            if (!grammar.mayMatch(lower)) {
                continue;
            }
            Matcher m = grammar.pattern().matcher(lower);
            while (m.find()) {
                LocalDate date = safely(grammar, m, today);
                if (date != null) {
                    all.add(new Dated(m.start(), m.end(), date));
                }
            }
        }
        all.sort(Comparator.comparingInt(Dated::start));
        return all;
    }

    /** "Friday", "Dec", "December's": a name of a day or a month, which is no one's name. */
    static boolean isDayOrMonth(String word) {
        return DAY_OR_MONTH.matcher(word.toLowerCase(Locale.ROOT)).lookingAt();
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

    /**
     * A date whose first two numbers may be day then month or month then day: of the readings that are dates, the
     * first from {@code today} on (or the later, when both have passed); {@code year} 0 means the coming one.
     */
    private static LocalDate soonest(LocalDate today, int year, int first, int second) {
        List<LocalDate> readings = new ArrayList<>();
        for (int[] monthDay : new int[][] {{second, first}, {first, second}}) {
            try {
                readings.add(year == 0 ? nextMonthDay(today, monthDay[0], monthDay[1])
                        : LocalDate.of(year, monthDay[0], monthDay[1]));
            } catch (DateTimeException notADate) {
                // 7/13: only one way round is a date
            }
        }
        return readings.stream().filter(date -> !date.isBefore(today)).min(Comparator.naturalOrder())
                .or(() -> readings.stream().max(Comparator.naturalOrder()))
                .orElseThrow(() -> new DateTimeException("neither way round a date"));
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
