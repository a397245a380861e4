package dev.recon.model;

import java.util.Objects;

/**
 * One TIMEX3 temporal expression, as TimeML annotates it: the words of the expression itself, without
 * the preposition that relates it to an event ("1975" in "by 1975"), but with modifiers such as
 * "early" that change the time it denotes.
 *
 * @param span  where it is in the original text
 * @param text  the covered text
 * @param type  DATE, TIME, DURATION or SET
 * @param value the normalised TIMEX3 value, such as {@code 1950-01-31}, {@code 199X}, {@code P60Y}
 * @param mod   the TIMEX3 {@code mod} ({@code START}, {@code END}, {@code APPROX}, ...) or "" for none
 */
public record Timex(Span span, String text, TimexType type, String value, String mod) {

    public Timex {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(mod, "mod");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a timex needs a value: '" + text + "'");
        }
    }
}
