package dev.recon.finding;

import dev.recon.model.Span;
import java.util.Objects;

/**
 * A quote that backs a finding: exactly {@code text == file text.substring(span.start, span.end)}.
 *
 * @param source the source id
 * @param span   UTF-16 offsets into the source's original text
 * @param text   the quoted text
 * @param anchor what the quote belongs to, named without the source (the claim's
 *               {@linkplain dev.recon.model.Claim#wordsId() words id}, or a reference number), which
 *               makes finding ids independent of where in the file the quote sits and of the file's name
 */
public record Evidence(String source, Span span, String text, String anchor) {

    public Evidence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(anchor, "anchor");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("evidence text does not fit its span " + span + ": '" + text + "'");
        }
    }
}
