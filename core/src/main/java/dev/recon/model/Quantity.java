package dev.recon.model;

import java.util.List;
import java.util.Objects;

/**
 * A number with its unit, as a statement gives it: "12.3 million Soviet rubles" is value 12,300,000,
 * unit "ruble", qualifiers ["soviet"].
 *
 * @param span       the number, its scale word and its unit in the original text
 * @param text       the covered text
 * @param value      the number times its scale
 * @param unit       lemma of the counted noun ("student", "ruble", "percent"), or "" when none is given
 * @param qualifiers lower-cased words qualifying the unit; they do not change what is counted
 * @param bound      whether the figure is exact, approximate, a minimum or a maximum
 */
public record Quantity(Span span, String text, double value, String unit, List<String> qualifiers, Bound bound) {

    /** How precisely a figure is meant. */
    public enum Bound { EXACT, APPROXIMATE, AT_LEAST, AT_MOST }

    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unit, "unit");
        qualifiers = List.copyOf(qualifiers);
        Objects.requireNonNull(bound, "bound");
    }

    /** True when both count the same thing, or one leaves the unit unsaid. */
    public boolean sameUnit(Quantity o) {
        return unit.isEmpty() || o.unit.isEmpty() || unit.equals(o.unit);
    }

    /**
     * True when the two figures can both be right: equal, or within the slack an approximation or a
     * bound allows.
     */
    public boolean agreesWith(Quantity o) {
        if (!sameUnit(o)) {
            return true;
        }
        double a = value;
        double b = o.value;
        if (a == b) {
            return true;
        }
        if (bound == Bound.AT_LEAST && b >= a || o.bound == Bound.AT_LEAST && a >= b) {
            return true;
        }
        if (bound == Bound.AT_MOST && b <= a || o.bound == Bound.AT_MOST && a <= b) {
            return true;
        }
        boolean approx = bound == Bound.APPROXIMATE || o.bound == Bound.APPROXIMATE;
        return approx && Math.abs(a - b) <= 0.1 * Math.max(Math.abs(a), Math.abs(b));
    }
}
