package dev.recon.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A time axis in astronomical years (1 BC is 0) whose ticks cover the data: the first tick at or before
 * the earliest point, the last at or after the latest, and no more ticks than fit. Ticks fall on years a
 * reader finds round at a "nice" step (1, 2, 2.5 or 5 times a power of ten years): AD 1950, 2000; 50 BC,
 * 100 BC; and AD 1 where the era turns, since there is no year 0 to mark. Positions are fractional years,
 * so that a date late in a year sits late in it.
 *
 * @param ticks the ticks, ascending, at least two
 * @param step  the step the ticks are round to
 */
record TimeAxis(List<Long> ticks, long step) {

    /** The mantissas of nice steps: 1, 2, 2.5 (25, 250 years; not 2.5 years) and 5 times a power of ten. */
    private static final double[] NICE = {1, 2, 2.5, 5};
    /** Years further from year 0 than this are no dates: the steps that would cover them overflow a long. */
    private static final double LATEST = 1e15;

    TimeAxis {
        ticks = List.copyOf(ticks);
        if (step <= 0 || ticks.size() < 2) {
            throw new IllegalArgumentException("not an axis: " + ticks + " by " + step);
        }
        for (int i = 0; i < ticks.size(); i++) {
            if (!isTick(ticks.get(i), step) || i > 0 && ticks.get(i) <= ticks.get(i - 1)) {
                throw new IllegalArgumentException("not an axis: " + ticks + " by " + step);
            }
        }
    }

    /**
     * The axis with the smallest nice step whose ticks cover {@code [min, max]} in at most
     * {@code maxTicks} ticks.
     *
     * @param maxTicks at least 3: a range across the era boundary may need a tick either side and AD 1
     */
    static TimeAxis covering(double min, double max, int maxTicks) {
        if (maxTicks < 3 || !(min <= max) || Math.abs(min) > LATEST || Math.abs(max) > LATEST) {
            throw new IllegalArgumentException("cannot cover " + min + ".." + max + " in " + maxTicks + " ticks");
        }
        // a step longer than the range's distance from year 0 gives at most three ticks, so this ends
        for (long power = 1; ; power *= 10) {
            for (double mantissa : NICE) {
                double s = mantissa * power;
                if (s != Math.rint(s)) {
                    continue;
                }
                long step = (long) s;
                long first = atOrBefore((long) Math.floor(min), step);
                long last = atOrAfter((long) Math.ceil(max), step);
                if (last == first) {
                    last = atOrAfter(first + 1, step);
                }
                List<Long> ticks = new ArrayList<>();
                for (long t = first; t <= last && ticks.size() <= maxTicks; t = atOrAfter(t + 1, step)) {
                    ticks.add(t);
                }
                if (ticks.size() <= maxTicks) {
                    return new TimeAxis(ticks, step);
                }
            }
        }
    }

    /** A tick is a year AD that is a multiple of the step, AD 1, or a year BC that is a multiple of the step. */
    static boolean isTick(long year, long step) {
        return year >= 1 ? year == 1 || year % step == 0 : (1 - year) % step == 0;
    }

    /** The latest tick at or before {@code year}. */
    private static long atOrBefore(long year, long step) {
        if (year >= step) {
            return Math.floorDiv(year, step) * step;
        }
        if (year >= 1) {
            return 1;
        }
        long bc = 1 - year;
        return 1 - (bc + step - 1) / step * step;
    }

    /** The earliest tick at or after {@code year}. */
    private static long atOrAfter(long year, long step) {
        if (year >= 1) {
            return year == 1 ? 1 : (year + step - 1) / step * step;
        }
        long bc = (1 - year) / step * step;
        return bc == 0 ? 1 : 1 - bc;
    }

    long first() {
        return ticks.get(0);
    }

    long last() {
        return ticks.get(ticks.size() - 1);
    }

    /** Where a fractional year falls, from 0 at the first tick to 1 at the last. */
    double fraction(double year) {
        return (year - first()) / (double) (last() - first());
    }
}
