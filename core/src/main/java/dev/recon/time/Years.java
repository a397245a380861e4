package dev.recon.time;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years as people read them and as TIMEX3 writes them, across the era boundary. recon keeps years as
 * java.time does, astronomically (1 BC is year 0, 44 BC is year -43), so that intervals order and
 * overlap without a gap; these methods turn them back into "44 BC" for messages and reports and into
 * TIMEX3 values ({@code BC0044}) for the tagger.
 */
public final class Years {

    /** Below this, an AD year is written with its era ("AD 79"), so that it does not read as a count. */
    private static final int FIRST_YEAR_WITHOUT_ERA = 1000;
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] SEASONS = {"SP", "spring", "SU", "summer", "FA", "autumn", "WI", "winter"};
    private static final Pattern DATE = Pattern.compile("(BC)?(\\d{4,})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern SEASON = Pattern.compile("(BC)?(\\d{4,})-(SP|SU|FA|WI)");
    private static final Pattern DECADE = Pattern.compile("(BC)?(\\d{3})X?");
    private static final Pattern CENTURY = Pattern.compile("(BC)?(\\d{2})");
    private static final Pattern MILLENNIUM = Pattern.compile("(BC)?(\\d)");

    private Years() {
    }

    /** "44 BC", "AD 79", "1950": an astronomical year as a reader writes it. */
    public static String format(int astronomical) {
        if (astronomical <= 0) {
            return (1 - astronomical) + " BC";
        }
        return astronomical < FIRST_YEAR_WITHOUT_ERA ? "AD " + astronomical : Integer.toString(astronomical);
    }

    /**
     * Two astronomical years as a span: "264–146 BC" (the era once, after both), "27 BC–AD 14" across
     * the boundary, "1967–1975"; one year when both are the same.
     */
    public static String range(int from, int to) {
        if (from == to) {
            return format(from);
        }
        if (from <= 0 && to <= 0) {
            return (1 - from) + "–" + (1 - to) + " BC";
        }
        if (from > 0 && from < FIRST_YEAR_WITHOUT_ERA) {
            return "AD " + from + "–" + to;
        }
        return format(from) + "–" + format(to);
    }

    /** The TIMEX3 year of an astronomical year: {@code BC0044} for 44 BC, {@code 0476}, {@code 1950}. */
    public static String timexYear(int astronomical) {
        return astronomical <= 0 ? "BC" + String.format(Locale.ROOT, "%04d", 1 - astronomical)
                : String.format(Locale.ROOT, "%04d", astronomical);
    }

    /** The TIMEX3 year of a year counted in an era: {@code BC0044} for 44 BC; null for a year 0. */
    static String timexYear(long year, boolean beforeCommonEra) {
        if (year < 1) {
            return null;
        }
        return (beforeCommonEra ? "BC" : "") + String.format(Locale.ROOT, "%04d", year);
    }

    /** The ordinal of a number as English writes it in figures: 1st, 2nd, 3rd, 11th, 21st. */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /**
     * A TIMEX3 value for a reader: values before the common era or in its first thousand years in words
     * ({@code BC0044} "44 BC", {@code BC04} "5th century BC", {@code BC0264/BC0146} "264–146 BC",
     * {@code 0476} "AD 476"); every other value as it is, since "1950-01-31" already reads as a date.
     */
    public static String readable(String value) {
        String[] parts = value.split("/", -1);
        boolean historical = false;
        for (String p : parts) {
            historical |= p.startsWith("BC") || (p.length() > 1 && p.charAt(0) == '0' && Character.isDigit(p.charAt(1)));
        }
        if (!historical) {
            return value;
        }
        if (parts.length == 2) {
            Matcher a = DATE.matcher(parts[0]);
            Matcher b = DATE.matcher(parts[1]);
            if (a.matches() && b.matches() && a.group(3) == null && b.group(3) == null) {
                return range(astronomical(a), astronomical(b));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (out.length() > 0) {
                out.append('–');
            }
            out.append(readablePart(p));
        }
        return out.toString();
    }

    private static int astronomical(Matcher date) {
        int y = Integer.parseInt(date.group(2));
        return date.group(1) != null ? 1 - y : y;
    }

    private static String readablePart(String p) {
        Matcher m;
        if ((m = DATE.matcher(p)).matches()) {
            String year = format(astronomical(m));
            if (m.group(3) == null) {
                return year;
            }
            int month = Integer.parseInt(m.group(3));
            if (month < 1 || month > MONTHS.length) {
                return p;
            }
            String monthYear = MONTHS[month - 1] + " " + year;
            return m.group(4) == null ? monthYear : Integer.parseInt(m.group(4)) + " " + monthYear;
        }
        if ((m = SEASON.matcher(p)).matches()) {
            for (int i = 0; i < SEASONS.length; i += 2) {
                if (SEASONS[i].equals(m.group(3))) {
                    return SEASONS[i + 1] + " " + format(astronomical(m));
                }
            }
        }
        String era = p.startsWith("BC") ? " BC" : "";
        if ((m = DECADE.matcher(p)).matches()) {
            int decade = Integer.parseInt(m.group(2)) * 10;
            return (era.isEmpty() && decade < FIRST_YEAR_WITHOUT_ERA ? "AD " : "") + decade + "s" + era;
        }
        if ((m = CENTURY.matcher(p)).matches()) {
            return ordinal(Integer.parseInt(m.group(2)) + 1) + " century" + (era.isEmpty() ? " AD" : era);
        }
        if ((m = MILLENNIUM.matcher(p)).matches()) {
            return ordinal(Integer.parseInt(m.group(2)) + 1) + " millennium" + (era.isEmpty() ? " AD" : era);
        }
        return p;
    }
}
