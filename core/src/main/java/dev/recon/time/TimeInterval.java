package dev.recon.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed range of days, either end possibly open (null). Two statements about one fact are
 * compatible in time when their intervals overlap.
 */
public record TimeInterval(LocalDate from, LocalDate to) {

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

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
     */
    public static Optional<TimeInterval> ofValue(String value) {
        String v = value;
        int t = v.indexOf('T');
        if (t > 0 && Character.isDigit(v.charAt(0))) {
            v = v.substring(0, t);
        }
        Matcher m;
        if ((m = DATE.matcher(v)).matches()) {
            int y = Integer.parseInt(m.group(1));
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
            int start = Integer.parseInt(m.group(1)) * 10;
            return Optional.of(new TimeInterval(LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31)));
        }
        if ((m = CENTURY.matcher(v)).matches()) {
            int start = Integer.parseInt(m.group(1)) * 100;
            return Optional.of(new TimeInterval(LocalDate.of(start, 1, 1), LocalDate.of(start + 99, 12, 31)));
        }
        if ((m = SEASON.matcher(v)).matches()) {
            int y = Integer.parseInt(m.group(1));
            return Optional.of(switch (m.group(2)) {
                case "SP" -> new TimeInterval(LocalDate.of(y, 3, 1), LocalDate.of(y, 5, 31));
                case "SU" -> new TimeInterval(LocalDate.of(y, 6, 1), LocalDate.of(y, 8, 31));
                case "FA" -> new TimeInterval(LocalDate.of(y, 9, 1), LocalDate.of(y, 11, 30));
                default -> new TimeInterval(LocalDate.of(y, 12, 1), LocalDate.of(y + 1, 2, 28));
            });
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
