package dev.recon.source;

import java.util.Locale;

/**
 * What kind of document a source is. The kind weighs in when sources disagree: an encyclopedia and
 * its mirror carry more weight than a generic overview, whose specifics deserve the most scrutiny.
 */
public enum SourceKind {
    ENCYCLOPEDIA(1.0),
    MIRROR(0.9),
    NEWS(0.8),
    OVERVIEW(0.5),
    OTHER(0.7);

    private final double weight;

    SourceKind(double weight) {
        this.weight = weight;
    }

    /** How much a statement from this kind of source counts towards consensus, in (0, 1]. */
    public double weight() {
        return weight;
    }

    /** The lower-case name used in manifests and reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a kind as written in a manifest.
     *
     * @throws IllegalArgumentException naming the accepted values when {@code value} is not one
     */
    public static SourceKind parse(String value) {
        for (SourceKind k : values()) {
            if (k.id().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown source kind '" + value
                + "' (expected encyclopedia, mirror, news, overview or other)");
    }
}
