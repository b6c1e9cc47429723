package org.newsdesk.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date written in a note, in any of the forms officers use: 2021-09-15, 2021/9/15, 15 Sept 2021, April 8, 2021, 8-9 April 2021, 15 and 16 December 2026, 30 November to 2 December 2026,
 * 15/9/2021 (day first, as written in China and Europe), 2021年4月8日. A date that does not exist
 * ("30 February 2021") is kept as a mention without a date, so it can be reported and never rolled over.
 *
 * @param date null when the written date does not exist
 */
record DateMention(int start, int end, LocalDate date, String written) {

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    // Every quantifier is bounded and the alternatives are disjoint, so matching stays linear.
    private static final Pattern ISO =
            Pattern.compile("(?<![\\d/.-])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d/.-])");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4}) ?年 ?(\\d{1,2}) ?月 ?(\\d{1,2}) ?[日号號]");
    // "8-9 April 2021", "April 8-9, 2021", "15 and 16 December", "3 to 5 May": events of several days,
    // dated by their first day
    private static final String LATER_DAY = "(?:(?: ?[-–—] ?| (?:and|to|&) )\\d{1,2}(?:st|nd|rd|th)?)?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?" + LATER_DAY + " {0,2}(?:of )?" + MONTH + ",? {0,2}(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + " {0,2}(\\d{1,2})(?:st|nd|rd|th)?" + LATER_DAY + ",? {0,2}(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    // "30 November – 2 December 2026", "November 30 to December 2, 2026": across a month's end, dated by the first day
    private static final String UNTIL = " ?(?:[-–—]|to|until|and|&) ?";
    private static final Pattern DAY_MONTH_TO_DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + UNTIL + "\\d{1,2}(?:st|nd|rd|th)? " + MONTH
                    + ",? {0,2}(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_TO_MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?" + UNTIL + MONTH
                    + " \\d{1,2}(?:st|nd|rd|th)?,? {0,2}(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC =
            Pattern.compile("(?<![\\d/.])(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})(?![\\d/.])");
    // "on June 12", "on 12 June", "on Tuesday 3 June": a day without a year, read only where a sentence dates the event
    private static final Pattern YEARLESS = Pattern.compile(
            "\\bon (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:the )?(?:(\\d{1,2})(?:st|nd|rd|th)? (?:of )?"
                    + MONTH + "|" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?)(?![\\d,]* ?\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile(
            "(?i)\\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?,?\\s{0,2}(?:the\\s)?$");

    static List<DateMention> in(String text) {
        List<DateMention> found = new ArrayList<>();
        if (!hasDigit(text)) {
            return found; // every form of date has a day in digits
        }
        collect(ISO.matcher(text), found, m -> of(m, m.group(1), m.group(3), m.group(4)));
        collect(CHINESE.matcher(text), found, m -> of(m, m.group(1), m.group(2), m.group(3)));
        collect(
                DAY_MONTH_TO_DAY_MONTH_YEAR.matcher(text),
                found,
                m -> of(m, m.group(4), month(m.group(2)), m.group(1)));
        collect(
                MONTH_DAY_TO_MONTH_DAY_YEAR.matcher(text),
                found,
                m -> of(m, m.group(4), month(m.group(1)), m.group(2)));
        collect(DAY_MONTH_YEAR.matcher(text), found, m -> of(m, m.group(3), month(m.group(2)), m.group(1)));
        collect(MONTH_DAY_YEAR.matcher(text), found, m -> of(m, m.group(3), month(m.group(1)), m.group(2)));
        collect(NUMERIC.matcher(text), found, DateMention::numeric);
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private interface Maker {
        DateMention make(Matcher m);
    }

    private static void collect(Matcher m, List<DateMention> out, Maker maker) {
        while (m.find()) {
            DateMention d = maker.make(m);
            boolean overlaps = out.stream().anyMatch(o -> o.start < d.end && d.start < o.end);
            if (!overlaps) {
                out.add(d);
            }
        }
    }

    /** "15/9/2021" is day first; "9/15/2021" can only be month first; "12/6/24" is 2024. */
    private static DateMention numeric(Matcher m) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
        return b > 12 && a <= 12 ? of(m, year, m.group(1), m.group(2)) : of(m, year, m.group(2), m.group(1));
    }

    /** True for "3/4/2024": both readings are dates, so the written order alone does not tell the day. */
    boolean ambiguous() {
        Matcher m = NUMERIC.matcher(written);
        if (!m.matches()) {
            return false;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        return a != b && a <= 12 && b <= 12;
    }

    /** The other reading of an ambiguous numeric date (month first), or null. */
    LocalDate otherReading() {
        if (!ambiguous() || date == null) {
            return null;
        }
        try {
            return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The weekday written just before this date in {@code text} ("Tuesday, 3rd of June"), or null. */
    java.time.DayOfWeek weekdayBefore(String text) {
        Matcher w = WEEKDAY_BEFORE.matcher(text.substring(Math.max(0, start - 14), start));
        if (!w.find()) {
            return null;
        }
        return switch (w.group(1).toLowerCase(Locale.ROOT).substring(0, 3)) {
            case "mon" -> java.time.DayOfWeek.MONDAY;
            case "tue" -> java.time.DayOfWeek.TUESDAY;
            case "wed" -> java.time.DayOfWeek.WEDNESDAY;
            case "thu" -> java.time.DayOfWeek.THURSDAY;
            case "fri" -> java.time.DayOfWeek.FRIDAY;
            case "sat" -> java.time.DayOfWeek.SATURDAY;
            default -> java.time.DayOfWeek.SUNDAY;
        };
    }

    /** Days written without a year ("on June 12"), given the year the note's other dates point to. */
    static List<DateMention> withoutYear(String text, int year) {
        List<DateMention> found = new ArrayList<>();
        Matcher m = YEARLESS.matcher(text);
        while (m.find()) {
            String day = m.group(1) != null ? m.group(1) : m.group(4);
            String month = month(m.group(1) != null ? m.group(2) : m.group(3));
            LocalDate date;
            try {
                date = LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
            } catch (DateTimeException | NumberFormatException e) {
                date = null;
            }
            found.add(new DateMention(m.start(), m.end(), date, m.group()));
        }
        return found;
    }

    private static DateMention of(Matcher m, String year, String month, String day) {
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            date = null;
        }
        return new DateMention(m.start(), m.end(), date, m.group());
    }

    private static String month(String name) {
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (key) {
            case "jan" -> "1";
            case "feb" -> "2";
            case "mar" -> "3";
            case "apr" -> "4";
            case "may" -> "5";
            case "jun" -> "6";
            case "jul" -> "7";
            case "aug" -> "8";
            case "sep" -> "9";
            case "oct" -> "10";
            case "nov" -> "11";
            default -> "12";
        };
    }
}
