package dev.recon.internal.detect;

import dev.recon.model.TimeInterval;
import dev.recon.internal.time.Years;
import java.time.LocalDate;

/**
 * Short human descriptions of periods for messages: "1967–1975", "from 1991", "until 1975", and
 * before the common era "264–146 BC", "27 BC–AD 14" (intervals hold astronomical years; see
 * {@link Years}).
 */
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
            return "until " + Years.format(t.to().getYear());
        }
        if (t.to() == null) {
            return "from " + Years.format(t.from().getYear());
        }
        return Years.range(t.from().getYear(), t.to().getYear());
    }

    /** The year as a reader writes it: "1972", or "27 BC" for the astronomical year -26. */
    static String year(LocalDate d) {
        return Years.format(d.getYear());
    }
}
