package dev.recon.internal.time;

import java.util.Locale;

/**
 * Years as people read them and as TIMEX3 writes them, across the era boundary. recon keeps years as
 * java.time does, astronomically (1 BC is year 0, 44 BC is year -43), so that intervals order and
 * overlap without a gap; these methods turn them back into "44 BC" for messages and reports and into
 * TIMEX3 values ({@code BC0044}) for the tagger.
 */
public final class Years {

    /** Below this, an AD year is written with its era ("AD 79"), so that it does not read as a count. */
    private static final int FIRST_YEAR_WITHOUT_ERA = 1000;

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
}
