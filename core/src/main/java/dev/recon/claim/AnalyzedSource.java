package dev.recon.claim;

import dev.recon.layout.Layout;
import dev.recon.nlp.Sentence;
import dev.recon.source.Notice;
import dev.recon.source.Source;
import dev.recon.text.Quotations;
import java.util.List;
import java.util.Objects;

/**
 * A source with its layout, its sentences and the claims read from them.
 *
 * @param quotations which offsets of the source's text lie inside quotation marks
 * @param notices    what a reader should know about how the source was read
 */
public record AnalyzedSource(Source source, Layout layout, List<Sentence> sentences, List<Claim> claims,
                             Quotations quotations, List<Notice> notices) {

    public AnalyzedSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(quotations, "quotations");
        sentences = List.copyOf(sentences);
        claims = List.copyOf(claims);
        notices = List.copyOf(notices);
    }

    public String id() {
        return source.id();
    }
}
