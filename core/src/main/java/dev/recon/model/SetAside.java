package dev.recon.model;

import java.util.Objects;

/**
 * What of one source was deliberately not read for claims, of one {@link BlockKind}: how many blocks,
 * how many characters, and where the first of them is. Reports show it, so that no part of a source is
 * left out without saying so.
 *
 * @param source the source id
 * @param kind   why the text was set aside; never {@link BlockKind#PARAGRAPH}
 * @param blocks how many blocks of that kind
 * @param chars  their length in UTF-16 code units
 * @param first  the first of them
 */
public record SetAside(String source, BlockKind kind, int blocks, int chars, Span first) {

    public SetAside {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(first, "first");
        if (kind == BlockKind.PARAGRAPH) {
            throw new IllegalArgumentException("paragraphs are read, not set aside");
        }
    }
}
