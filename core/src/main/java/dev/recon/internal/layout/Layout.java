package dev.recon.internal.layout;

import dev.recon.model.BlockKind;
import dev.recon.model.CitationMarker;
import dev.recon.model.Reference;
import dev.recon.model.SetAside;
import dev.recon.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
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
 * <p>The flowed text also has the length of the original. It is the original as the analysis reads
 * it: a line break inside a paragraph (hard wrapping) is the space it stands for, the CR of a CRLF line
 * end is a space, and so is a byte order mark. Claims quote it, so that "Kim\nIl-sung" is read as one
 * name and "7 degrees on the\nRichter scale" as a magnitude; reports quote the file itself.
 *
 * <p>{@code documentDate} is the date a metadata line at the very start of the file gives ("date
 * 2023-09-08", "Published: March 4, 2021"), when there is one. It is when the document was written, so
 * it can anchor relative dates ("on Sunday", "last year") as the document creation time; the line
 * itself is masked and is no part of any claim.
 */
public record Layout(String masked, String flowed, List<Block> blocks, List<CitationMarker> markers,
                     List<Reference> references, Optional<LocalDate> documentDate) {

    public Layout {
        Objects.requireNonNull(masked, "masked");
        Objects.requireNonNull(flowed, "flowed");
        if (flowed.length() != masked.length()) {
            throw new IllegalArgumentException("the flowed and the masked text must both have the original's length");
        }
        blocks = List.copyOf(blocks);
        markers = List.copyOf(markers);
        references = List.copyOf(references);
        Objects.requireNonNull(documentDate, "documentDate");
    }

    /** A layout without a document date, of a text that has no line breaks to flow. */
    public Layout(String masked, String flowed, List<Block> blocks, List<CitationMarker> markers,
                  List<Reference> references) {
        this(masked, flowed, blocks, markers, references, Optional.empty());
    }

    public List<Block> paragraphs() {
        return blocks.stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).toList();
    }

    public Optional<Reference> reference(int number) {
        return references.stream().filter(r -> r.number() == number).findFirst();
    }

    /** One entry per kind of block the layout did not read, in the order of {@link BlockKind}. */
    public List<SetAside> setAside(String source) {
        Map<BlockKind, List<Block>> byKind = new TreeMap<>();
        for (Block b : blocks()) {
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
