package dev.recon.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A time as a statement uses it: one or more TIMEX3 parts with the relation that binds them to the
 * statement. "November–December 1958" is one mention with two parts; "by 1975" is one part with
 * relation {@link Relation#BY}.
 *
 * @param span     from the first to the last part, including a range's connective
 * @param text     the covered text
 * @param parts    the TIMEX3 expressions, in text order
 * @param relation how the statement relates to the time
 * @param value    the value of the single part, or {@code FIRST/LAST} for a range
 * @param interval the days the statement allows, already widened by the relation; null when the
 *                 mention has no position on the time line (a duration, an unresolved reference)
 */
public record TimeMention(Span span, String text, List<Timex> parts, Relation relation, String value,
                          TimeInterval interval) {

    public TimeMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        parts = List.copyOf(parts);
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(value, "value");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a time mention needs at least one timex");
        }
    }

    public Optional<TimeInterval> when() {
        return Optional.ofNullable(interval);
    }

    public boolean isDuration() {
        return relation == Relation.DURATION;
    }

    /**
     * True when both mentions locate something on the time line and allow no common day: "in 1976"
     * against "by 1975". Mentions that cannot be placed never conflict.
     */
    public boolean conflictsWith(TimeMention o) {
        return interval != null && o.interval != null && !interval.overlaps(o.interval);
    }
}
