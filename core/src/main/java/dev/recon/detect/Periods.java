package dev.recon.detect;

import dev.recon.time.TimeInterval;

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
            return "until " + t.to().getYear();
        }
        if (t.to() == null) {
            return "from " + t.from().getYear();
        }
        int a = t.from().getYear();
        int b = t.to().getYear();
        return a == b ? Integer.toString(a) : a + "–" + b;
    }
}
