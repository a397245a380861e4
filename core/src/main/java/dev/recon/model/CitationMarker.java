package dev.recon.model;

import java.util.Objects;

/**
 * An inline citation marker such as {@code [3]}: its span in the original text and the reference
 * number it points at.
 */
public record CitationMarker(Span span, int number) {

    public CitationMarker {
        Objects.requireNonNull(span, "span");
    }
}
