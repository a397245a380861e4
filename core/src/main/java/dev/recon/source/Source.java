package dev.recon.source;

import dev.recon.internal.text.Hashes;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One input document: its id (unique within a reconciliation), the path it was read from as the user
 * gave it, its kind and its full original text. Offsets everywhere in recon index into {@link #text()}.
 */
public record Source(String id, String path, SourceKind kind, String text) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("source id must be letters, digits, '.', '_' or '-': '" + id + "'");
        }
    }

    /** A source held in memory; its path is its id. */
    public static Source of(String id, SourceKind kind, String text) {
        return new Source(id, id, kind, text);
    }

    /** Length of the text in UTF-16 code units. */
    public int chars() {
        return text.length();
    }

    /** Hex SHA-256 of the text encoded as UTF-8, which is the file's bytes for a file read by recon. */
    public String sha256() {
        return Hashes.sha256(text);
    }
}
