package dev.recon.model;

import dev.recon.internal.time.Years;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed range of days, either end possibly open (null). Two statements about one fact are
 * compatible in time when their intervals overlap.
 */
public record TimeInterval(LocalDate from, LocalDate to) {

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    /** Years before the common era may have more than four digits ("10,000 BC"). */
    private static final Pattern BC_DATE = Pattern.compile("(\\d{4,})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})");
    private static final Pattern MILLENNIUM = Pattern.compile("(\\d)");
    private static final Pattern SEASON = Pattern.compile("(\\d{4,})-(SP|SU|FA|WI)");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    /** The TIMEX3 prefix of a value before the common era (TIDES 2005): {@code BC0044}, {@code BC04}. */
    private static final String BC = "BC";
    /** java.time counts years to 999,999,999 either side of year 0. */
    private static final int MAX_YEAR_DIGITS = 9;

    public TimeInterval {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("interval ends before it starts: " + from + ".." + to);
        }
    }

    public static TimeInterval year(int y) {
        return new TimeInterval(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    /**
     * The days a TIMEX3 value denotes, when it denotes a position on the time line: {@code 1950},
     * {@code 1950-01}, {@code 1950-01-31}, {@code 199X}, {@code 19}, {@code 2012-SU}, {@code 2013-Q1},
     * {@code 2013-W11}, or a time such as {@code 2013-03-22TAF}. Empty for durations, sets and
     * references such as {@code PRESENT_REF}.
     *
     * <p>Years before the common era carry the TIMEX3 prefix {@code BC} (TIDES 2005, as HeidelTime
     * writes them): {@code BC0044} is 44 BC, {@code BC0044-03-15} a day in it, {@code BC019X} the 190s
     * BC, {@code BC04} the years 499 to 400 BC, {@code BC1} 1999 to 1000 BC. Years of the common era
     * below 1000 have four digits ({@code 0476}). The interval is in java.time's astronomical years, in
     * which 1 BC is year 0 and 44 BC is year -43, so that order, overlap and length run across the era
     * boundary; days are those of the proleptic Gregorian calendar. Neither era has a year 0: the value
     * {@code 0000} is empty, and a decade, century or millennium that would start at year 0 starts at
     * year 1 (of its era).
     */
    public static Optional<TimeInterval> ofValue(String value) {
        String v = value;
        boolean bc = v.startsWith(BC);
        if (bc) {
            v = v.substring(BC.length());
        }
        int t = v.indexOf('T');
        if (t > 0 && Character.isDigit(v.charAt(0))) {
            v = v.substring(0, t);
        }
        Matcher m;
        if ((m = (bc ? BC_DATE : DATE).matcher(v)).matches()) {
            OptionalLong year = year(m.group(1), bc);
            if (year.isEmpty()) {
                return Optional.empty();
            }
            int y = (int) year.getAsLong();
            if (m.group(2) == null) {
                return Optional.of(year(y));
            }
            int mo = Integer.parseInt(m.group(2));
            if (mo < 1 || mo > 12) {
                return Optional.empty();
            }
            YearMonth ym = YearMonth.of(y, mo);
            if (m.group(3) == null) {
                return Optional.of(new TimeInterval(ym.atDay(1), ym.atEndOfMonth()));
            }
            int d = Integer.parseInt(m.group(3));
            if (d < 1 || d > ym.lengthOfMonth()) {
                return Optional.empty();
            }
            LocalDate day = ym.atDay(d);
            return Optional.of(new TimeInterval(day, day));
        }
        if ((m = DECADE.matcher(v)).matches()) {
            return Optional.of(yearsStartingWith(m.group(1), 10, bc));
        }
        if ((m = CENTURY.matcher(v)).matches()) {
            return Optional.of(yearsStartingWith(m.group(1), 100, bc));
        }
        if ((m = MILLENNIUM.matcher(v)).matches()) {
            return Optional.of(yearsStartingWith(m.group(1), 1000, bc));
        }
        if ((m = SEASON.matcher(v)).matches()) {
            OptionalLong year = bc || m.group(1).length() == 4 ? year(m.group(1), bc) : OptionalLong.empty();
            if (year.isEmpty()) {
                return Optional.empty();
            }
            int y = (int) year.getAsLong();
            return Optional.of(switch (m.group(2)) {
                case "SP" -> new TimeInterval(LocalDate.of(y, 3, 1), LocalDate.of(y, 5, 31));
                case "SU" -> new TimeInterval(LocalDate.of(y, 6, 1), LocalDate.of(y, 8, 31));
                case "FA" -> new TimeInterval(LocalDate.of(y, 9, 1), LocalDate.of(y, 11, 30));
                default -> new TimeInterval(LocalDate.of(y, 12, 1), LocalDate.of(y + 1, 2, 28));
            });
        }
        if (bc) {
            // quarters, halves and weeks are a modern calendar's; no text dates a BC year by them
            return Optional.empty();
        }
        if ((m = QUARTER.matcher(v)).matches()) {
            int y = Integer.parseInt(m.group(1));
            int q = Integer.parseInt(m.group(2));
            LocalDate start = LocalDate.of(y, (q - 1) * 3 + 1, 1);
            return Optional.of(new TimeInterval(start, start.plusMonths(3).minusDays(1)));
        }
        if ((m = HALF.matcher(v)).matches()) {
            int y = Integer.parseInt(m.group(1));
            return Optional.of(m.group(2).equals("1")
                    ? new TimeInterval(LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30))
                    : new TimeInterval(LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31)));
        }
        if ((m = WEEK.matcher(v)).matches()) {
            int y = Integer.parseInt(m.group(1));
            int w = Integer.parseInt(m.group(2));
            LocalDate monday = LocalDate.of(y, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w)
                    .with(java.time.DayOfWeek.MONDAY);
            return Optional.of(new TimeInterval(monday, monday.plusDays(6)));
        }
        return Optional.empty();
    }

    /**
     * The astronomical year of a year numbered in its era; empty for year 0, which neither era has, and
     * for years beyond java.time's range.
     */
    private static OptionalLong year(String digits, boolean bc) {
        if (digits.length() > MAX_YEAR_DIGITS) {
            return OptionalLong.empty();
        }
        long n = Long.parseLong(digits);
        if (n == 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(bc ? 1 - n : n);
    }

    /**
     * The years whose numbers begin with {@code digits}, TIMEX3's reduced precision: {@code 199} the
     * 1990s, {@code 19} 1900 to 1999, and before the common era {@code 04} 499 to 400 BC. The era's
     * missing year 0 is left out, so {@code 00} is AD 1 to 99 and, before the era, 99 to 1 BC.
     */
    private static TimeInterval yearsStartingWith(String digits, int size, boolean bc) {
        long first = Math.max(1, Long.parseLong(digits) * size);
        long last = Long.parseLong(digits) * size + size - 1;
        long from = bc ? 1 - last : first;
        long to = bc ? 1 - first : last;
        return new TimeInterval(LocalDate.of((int) from, 1, 1), LocalDate.of((int) to, 12, 31));
    }

    /** True when some day lies in both; an open end overlaps everything on its side. */
    public boolean overlaps(TimeInterval o) {
        boolean startsBeforeOtherEnds = from == null || o.to == null || !from.isAfter(o.to);
        boolean otherStartsBeforeThisEnds = o.from == null || to == null || !o.from.isAfter(to);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /** The smallest interval covering both. */
    public TimeInterval span(TimeInterval o) {
        LocalDate f = from == null || o.from == null ? null : (from.isBefore(o.from) ? from : o.from);
        LocalDate t = to == null || o.to == null ? null : (to.isAfter(o.to) ? to : o.to);
        return new TimeInterval(f, t);
    }

    /** Length in days, or {@link Long#MAX_VALUE} when open. */
    public long days() {
        return from == null || to == null ? Long.MAX_VALUE : to.toEpochDay() - from.toEpochDay() + 1;
    }

    @Override
    public String toString() {
        return (from == null ? "…" : from.toString()) + ".." + (to == null ? "…" : to.toString());
    }
}
