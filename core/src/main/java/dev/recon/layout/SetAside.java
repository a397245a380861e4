package dev.recon.layout;

import dev.recon.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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

    /** One entry per kind of block the layout did not read, in the order of {@link BlockKind}. */
    public static List<SetAside> of(String source, Layout layout) {
        Map<BlockKind, List<Block>> byKind = new TreeMap<>();
        for (Block b : layout.blocks()) {
            if (b.kind() != BlockKind.PARAGRAPH && !b.span().isEmpty()) {
                byKind.computeIfAbsent(b.kind(), k -> new ArrayList<>()).add(b);
            }
        }
        List<SetAside> out = new ArrayList<>();
        byKind.forEach((kind, blocks) -> out.add(new SetAside(source, kind, blocks.size(),
                blocks.stream().mapToInt(b -> b.span().length()).sum(),
                blocks.stream().map(Block::span).min(Span::compareTo).orElseThrow())));
        return out;
    }
}
