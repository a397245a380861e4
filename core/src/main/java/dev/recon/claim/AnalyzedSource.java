package dev.recon.claim;

import dev.recon.layout.Layout;
import dev.recon.nlp.Sentence;
import dev.recon.source.Source;
import java.util.List;
import java.util.Objects;

/** A source with its layout, its sentences and the claims read from them. */
public record AnalyzedSource(Source source, Layout layout, List<Sentence> sentences, List<Claim> claims) {

    public AnalyzedSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(layout, "layout");
        sentences = List.copyOf(sentences);
        claims = List.copyOf(claims);
    }

    public String id() {
        return source.id();
    }
}
