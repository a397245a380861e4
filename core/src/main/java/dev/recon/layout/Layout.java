package dev.recon.layout;

import dev.recon.citation.CitationMarker;
import dev.recon.citation.Reference;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The structure of one source: its blocks, its citations, and a masked copy of its text.
 *
 * <p>The masked text has exactly the length of the original; every character that is not content
 * (markup, citation markers, non-paragraph blocks) is replaced by a space, line breaks excepted. NLP
 * runs on the masked text, so every offset it yields is already an offset into the original.
 */
public record Layout(String masked, List<Block> blocks, List<CitationMarker> markers, List<Reference> references) {

    public Layout {
        Objects.requireNonNull(masked, "masked");
        blocks = List.copyOf(blocks);
        markers = List.copyOf(markers);
        references = List.copyOf(references);
    }

    public List<Block> paragraphs() {
        return blocks.stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).toList();
    }

    public Optional<Reference> reference(int number) {
        return references.stream().filter(r -> r.number() == number).findFirst();
    }
}
