package dev.recon.internal.layout;

import dev.recon.model.BlockKind;
import dev.recon.model.Span;
import java.util.Objects;

/**
 * A run of lines of one kind.
 *
 * @param kind    what the block is
 * @param span    its extent in the original text, without surrounding whitespace
 * @param section the heading of the section it sits in, or "" before the first heading
 */
public record Block(BlockKind kind, Span span, String section) {

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(section, "section");
    }
}
