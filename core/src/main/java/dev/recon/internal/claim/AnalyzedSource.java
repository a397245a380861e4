package dev.recon.internal.claim;

import dev.recon.model.Claim;
import dev.recon.internal.layout.Layout;
import dev.recon.source.Notice;
import dev.recon.source.Source;
import dev.recon.internal.text.Quotations;
import java.util.List;
import java.util.Objects;

/**
 * A source with its layout and the claims read from it. The sentences themselves are not kept: the
 * claims hold the tokens that later stages use, so a long source costs what its claims cost.
 *
 * @param quotations which offsets of the source's text lie inside quotation marks
 * @param notices    what a reader should know about how the source was read
 */
public record AnalyzedSource(Source source, Layout layout, List<Claim> claims,
                             Quotations quotations, List<Notice> notices) {

    public AnalyzedSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(quotations, "quotations");
        claims = List.copyOf(claims);
        notices = List.copyOf(notices);
    }

    public String id() {
        return source.id();
    }
}
