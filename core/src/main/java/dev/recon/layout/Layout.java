package dev.recon.layout;

import dev.recon.citation.CitationMarker;
import dev.recon.citation.Reference;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The structure of one source: its blocks, its citations, and a masked copy of its text.
 *
 * <p>The masked text has exactly the length of the original; every character that is not content
 * (markup, citation markers, non-paragraph blocks) is replaced by a space, line breaks excepted. NLP
 * runs on the masked text, so every offset it yields is already an offset into the original.
 *
 * <p>{@code documentDate} is the date a metadata line at the very start of the file gives ("date
 * 2023-09-08", "Published: March 4, 2021"), when there is one. It is when the document was written, so
 * it can anchor relative dates ("on Sunday", "last year") as the document creation time; the line
 * itself is masked and is no part of any claim.
 */
public record Layout(String masked, List<Block> blocks, List<CitationMarker> markers, List<Reference> references,
                     Optional<LocalDate> documentDate) {

    public Layout {
        Objects.requireNonNull(masked, "masked");
        blocks = List.copyOf(blocks);
        markers = List.copyOf(markers);
        references = List.copyOf(references);
        Objects.requireNonNull(documentDate, "documentDate");
    }

    /** A layout without a document date. */
    public Layout(String masked, List<Block> blocks, List<CitationMarker> markers, List<Reference> references) {
        this(masked, blocks, markers, references, Optional.empty());
    }

    public List<Block> paragraphs() {
        return blocks.stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).toList();
    }

    public Optional<Reference> reference(int number) {
        return references.stream().filter(r -> r.number() == number).findFirst();
    }
}
