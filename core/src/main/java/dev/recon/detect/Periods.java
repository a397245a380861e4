package dev.recon.detect;

import dev.recon.time.TimeInterval;
import java.time.LocalDate;

/** Short human descriptions of periods for messages: "1967–1975", "from 1991", "until 1975". */
final class Periods {

    private Periods() {
    }

    static String describe(TimeInterval t) {
        if (t == null) {
            return "an unknown time";
        }
        if (t.from() == null && t.to() == null) {
            return "all time";
        }
        if (t.from() == null) {
            return "until " + year(t.to());
        }
        if (t.to() == null) {
            return "from " + year(t.from());
        }
        String a = year(t.from());
        String b = year(t.to());
        return a.equals(b) ? a : a + "–" + b;
    }

    /**
     * The year as a reader writes it: "1972", or "27 BC" for the astronomical year -26 (year 0 is 1 BC,
     * as in ISO 8601 and {@link LocalDate}).
     */
    static String year(LocalDate d) {
        int y = d.getYear();
        return y > 0 ? Integer.toString(y) : (1 - y) + " BC";
    }
}
