package dev.recon.internal.fact;

import dev.recon.model.Span;
import java.util.Objects;

/**
 * One way a text gives a figure: "65 miles" and its conversion "(104 km)" are two readings of one fact.
 *
 * @param span      the figure in the original text
 * @param text      the covered text
 * @param unit      the unit as written, normalised ("mile", "km"), or "" for a plain count
 * @param low       least value the wording allows, in the unit's base (metres, kilograms, ...)
 * @param high      greatest value the wording allows, in the same base
 * @param value     the figure as stated, in the same base
 * @param bound     how the wording bounds the figure
 */
public record Reading(Span span, String text, String unit, double low, double high, double value, Bound bound) {

    /** How a figure is meant. */
    public enum Bound { EXACT, APPROXIMATE, ALMOST, AT_LEAST, AT_MOST }

    public Reading {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(bound, "bound");
        if (!(low <= high)) {
            throw new IllegalArgumentException("low " + low + " above high " + high);
        }
    }

    /** True when the two wordings allow a common value. */
    public boolean overlaps(Reading o) {
        double eps = 1e-9 * Math.max(1, Math.max(Math.abs(value), Math.abs(o.value)));
        if (Math.abs(value - o.value) <= eps) {
            return true;
        }
        // ranges that merely touch do not overlap: 49.1 (49.05-49.15) is not 49.2 (49.15-49.25)
        return low < o.high - eps && o.low < high - eps;
    }
}
