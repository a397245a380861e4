package dev.recon.model;

import java.util.Objects;

/**
 * One numbered entry of a reference list.
 *
 * @param number  the number the entry is cited by
 * @param line    the entry's whole line in the original text
 * @param content the entry's text after its number and back-links; empty when the entry says nothing
 */
public record Reference(int number, Span line, Span content) {

    public Reference {
        if (number < 0) {
            throw new IllegalArgumentException("reference number must be >= 0: " + number);
        }
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(content, "content");
    }

    public boolean isEmpty() {
        return content.isEmpty();
    }
}
