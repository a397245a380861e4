package dev.recon.report;

import dev.recon.internal.time.Years;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TIMEX3 values (what {@code dev.recon.time} produces and the JSON report keeps) as English for people:
 * {@code 199X} "the 1990s", {@code 1958-11/1958-12} "Nov–Dec 1958", {@code XXXX-06} "June",
 * {@code 18} "the 19th century", {@code 1958-SP} "spring 1958", {@code BC0044} "44 BC". A value of a
 * form it does not know is returned as it is, so that nothing is lost, only left unprettified.
 *
 * <p>Years go through {@link Years}, so that eras read as in findings' messages ("AD 79", "27 BC–AD 14").
 * Stateless; the one method is thread-safe.
 */
public final class ReadableTime {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    /** Short forms for the two ends of a range of months, as people write "Nov–Dec 1958". */
    private static final String[] MONTHS_SHORT = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec"};
    private static final String DASH = "–";
    /** A day, month or year: {@code 1958}, {@code 1958-11}, {@code 1958-11-03}, {@code BC0044}, {@code XXXX-06}. */
    private static final Pattern DATE = Pattern.compile("(BC)?(\\d{4,}|XXXX)(?:-(\\d{2}|XX)(?:-(\\d{2}|XX))?)?");
    /** A time of a day: a clock time or a part of the day. */
    private static final Pattern TIME = Pattern.compile("T(?:(\\d{2})(?::(\\d{2}))?|(MO|AF|EV|NI))");
    private static final Pattern SEASON = Pattern.compile("(BC)?(\\d{4,}|XXXX)-(SP|SU|FA|WI)");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4}|XXXX)-W(\\d{2}|XX)");
    private static final Pattern DECADE = Pattern.compile("(BC)?(\\d{3})X");
    private static final Pattern CENTURY = Pattern.compile("(BC)?(\\d{2})");
    private static final Pattern MILLENNIUM = Pattern.compile("(BC)?(\\d)");
    private static final Pattern DURATION = Pattern.compile("P(?:(\\d+|X)(Y|M|W|D|DE|CE|ML)|T(\\d+|X)(H|M|S))");
    /** Below this century (counted from 1), a century of the common era says "AD", as "the 3rd century AD". */
    private static final int FIRST_CENTURY_WITHOUT_ERA = 10;

    private ReadableTime() {
    }

    /** The value in words, or the value itself when its form is not one recon writes. */
    public static String of(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String[] ends = value.split("/", -1);
        if (ends.length == 2) {
            String range = range(ends[0], ends[1]);
            if (range != null) {
                return range;
            }
        }
        if (ends.length != 1) {
            return value;
        }
        String one = single(value);
        return one == null ? value : one;
    }

    private static String single(String v) {
        switch (v) {
            case "PRESENT_REF":
                return "now";
            case "PAST_REF":
                return "the past";
            case "FUTURE_REF":
                return "the future";
            default:
                break;
        }
        Matcher m;
        int t = v.indexOf('T');
        if (t > 0 && !v.startsWith("P")) {
            String day = single(v.substring(0, t));
            String time = time(v.substring(t));
            return day == null || time == null ? null : day + ", " + time;
        }
        if ((m = DATE.matcher(v)).matches()) {
            return date(m);
        }
        if ((m = SEASON.matcher(v)).matches()) {
            String season = switch (m.group(3)) {
                case "SP" -> "spring";
                case "SU" -> "summer";
                case "FA" -> "autumn";
                default -> "winter";
            };
            return m.group(2).equals("XXXX") ? season : season + " " + year(m.group(1), m.group(2));
        }
        if ((m = QUARTER.matcher(v)).matches()) {
            return "the " + ordinalWord(Integer.parseInt(m.group(2))) + " quarter of " + m.group(1);
        }
        if ((m = HALF.matcher(v)).matches()) {
            return "the " + ordinalWord(Integer.parseInt(m.group(2))) + " half of " + m.group(1);
        }
        if ((m = WEEK.matcher(v)).matches()) {
            if (m.group(2).equals("XX")) {
                return null;
            }
            String week = "week " + Integer.parseInt(m.group(2));
            return m.group(1).equals("XXXX") ? week : week + " of " + m.group(1);
        }
        if ((m = DECADE.matcher(v)).matches()) {
            int decade = Integer.parseInt(m.group(2)) * 10;
            String era = m.group(1) != null ? " BC" : "";
            return "the " + (era.isEmpty() && decade < 1000 ? "AD " : "") + decade + "s" + era;
        }
        if ((m = CENTURY.matcher(v)).matches()) {
            int n = Integer.parseInt(m.group(2)) + 1;
            String era = m.group(1) != null ? " BC" : n < FIRST_CENTURY_WITHOUT_ERA ? " AD" : "";
            return "the " + ordinal(n) + " century" + era;
        }
        if ((m = MILLENNIUM.matcher(v)).matches()) {
            int n = Integer.parseInt(m.group(2)) + 1;
            // only the first millennium of the common era is ambiguous enough to need its era
            String era = m.group(1) != null ? " BC" : n == 1 ? " AD" : "";
            return "the " + ordinal(n) + " millennium" + era;
        }
        if ((m = DURATION.matcher(v)).matches()) {
            String n = m.group(1) != null ? m.group(1) : m.group(3);
            String unit = switch (m.group(2) != null ? m.group(2) : "T" + m.group(4)) {
                case "Y" -> "year";
                case "M" -> "month";
                case "W" -> "week";
                case "D" -> "day";
                case "DE" -> "decade";
                case "CE" -> "century";
                case "ML" -> "millennium";
                case "TH" -> "hour";
                case "TM" -> "minute";
                default -> "second";
            };
            if (n.equals("X")) {
                return unit.equals("century") ? "centuries" : unit.equals("millennium") ? "millennia" : unit + "s";
            }
            int k = Integer.parseInt(n);
            String plural = unit.equals("century") ? "centuries" : unit.equals("millennium") ? "millennia" : unit + "s";
            return k + " " + (k == 1 ? unit : plural);
        }
        return null;
    }

    /** A day, a month or a year; an unknown year is left out ("June", "3 June"), an unknown month is not guessed. */
    private static String date(Matcher m) {
        boolean yearKnown = !m.group(2).equals("XXXX");
        String year = yearKnown ? year(m.group(1), m.group(2)) : null;
        if (year == null && yearKnown) {
            return null;
        }
        if (m.group(3) == null) {
            return yearKnown ? year : null;
        }
        if (m.group(3).equals("XX")) {
            return null;
        }
        int month = Integer.parseInt(m.group(3));
        if (month < 1 || month > MONTHS.length) {
            return null;
        }
        String monthYear = MONTHS[month - 1] + (yearKnown ? " " + year : "");
        if (m.group(4) == null) {
            return monthYear;
        }
        if (m.group(4).equals("XX")) {
            return null;
        }
        return Integer.parseInt(m.group(4)) + " " + monthYear;
    }

    /** "Nov–Dec 1958", "3–5 June 1958", "1967–1975", "44–27 BC"; null when the two ends are not both known dates. */
    private static String range(String from, String to) {
        Matcher a = DATE.matcher(from);
        Matcher b = DATE.matcher(to);
        if (!a.matches() || !b.matches() || a.group(2).equals("XXXX") || b.group(2).equals("XXXX")
                || from.contains("XX") || to.contains("XX")) {
            String x = single(from);
            String y = single(to);
            return x == null || y == null ? null : x + " " + DASH + " " + y;
        }
        boolean sameYear = (a.group(1) == null) == (b.group(1) == null) && a.group(2).equals(b.group(2));
        if (a.group(3) == null && b.group(3) == null) {
            // neither era has a year 0, so a range from or to it places nothing readable
            return Integer.parseInt(a.group(2)) == 0 || Integer.parseInt(b.group(2)) == 0 ? null
                    : Years.range(astronomical(a), astronomical(b));
        }
        if (sameYear && a.group(3) != null && b.group(3) != null && a.group(4) == null && b.group(4) == null) {
            int ma = Integer.parseInt(a.group(3));
            int mb = Integer.parseInt(b.group(3));
            if (ma >= 1 && mb >= 1 && ma <= 12 && mb <= 12) {
                return MONTHS_SHORT[ma - 1] + DASH + MONTHS_SHORT[mb - 1] + " " + year(a.group(1), a.group(2));
            }
        }
        if (sameYear && a.group(4) != null && b.group(4) != null && a.group(3).equals(b.group(3))) {
            int month = Integer.parseInt(a.group(3));
            if (month >= 1 && month <= 12) {
                return Integer.parseInt(a.group(4)) + DASH + Integer.parseInt(b.group(4)) + " " + MONTHS[month - 1]
                        + " " + year(a.group(1), a.group(2));
            }
        }
        String x = date(a);
        String y = date(b);
        return x == null || y == null ? null : x + " " + DASH + " " + y;
    }

    private static String time(String t) {
        Matcher m = TIME.matcher(t);
        if (!m.matches()) {
            return null;
        }
        if (m.group(3) != null) {
            return switch (m.group(3)) {
                case "MO" -> "morning";
                case "AF" -> "afternoon";
                case "EV" -> "evening";
                default -> "night";
            };
        }
        return m.group(1) + ":" + (m.group(2) == null ? "00" : m.group(2));
    }

    private static String year(String bc, String digits) {
        int y = Integer.parseInt(digits);
        if (y == 0) {
            // neither era has a year 0: the value places nothing, so it is shown as written
            return null;
        }
        return Years.format(bc != null ? 1 - y : y);
    }

    private static int astronomical(Matcher date) {
        int y = Integer.parseInt(date.group(2));
        return date.group(1) != null ? 1 - y : y;
    }

    private static String ordinalWord(int n) {
        return switch (n) {
            case 1 -> "first";
            case 2 -> "second";
            case 3 -> "third";
            default -> "fourth";
        };
    }

    /** 1st, 2nd, 3rd, 11th, 21st. */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return String.format(Locale.ROOT, "%d%s", n, suffix);
    }
}
