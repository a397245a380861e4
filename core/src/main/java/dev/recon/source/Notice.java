package dev.recon.source;

import java.util.Objects;

/**
 * Something a reader of a report should know about how recon read its input or bounded its output:
 * a run of text analysed in pieces, findings left out over a cap. Not a finding: it says nothing about
 * what the sources claim.
 *
 * @param source  the source it concerns, or "" for the whole report
 * @param message one plain sentence
 */
public record Notice(String source, String message) {

    public Notice {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
        if (message.isBlank()) {
            throw new IllegalArgumentException("a notice needs a message");
        }
    }
}
