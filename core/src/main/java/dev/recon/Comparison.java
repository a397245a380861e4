package dev.recon;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Which sources a reconciliation compares with which. By default ({@link #allPairs()}) every source is
 * compared with every other. {@link #against(String) Against a reference}, every other source is
 * compared with that one source only: claims align only between the reference and another source, a
 * claim of another source is supported only by the reference, and a discrepancy between two other
 * sources is not reported. What one source says about itself (internal inconsistency, citations,
 * anachronism) is reported for every source either way. Immutable.
 */
public final class Comparison {

    private static final Comparison ALL_PAIRS = new Comparison(null);

    /** Null when every pair of sources is compared. */
    private final String reference;

    private Comparison(String reference) {
        this.reference = reference;
    }

    /** Every source against every other: the default. */
    public static Comparison allPairs() {
        return ALL_PAIRS;
    }

    /** Every other source against the source with id {@code referenceId}, and against nothing else. */
    public static Comparison against(String referenceId) {
        Objects.requireNonNull(referenceId, "referenceId");
        if (referenceId.isBlank()) {
            throw new IllegalArgumentException("the reference source id is blank");
        }
        return new Comparison(referenceId);
    }

    /** The id of the reference source, if there is one. */
    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    /** True when {@code sourceId} is the reference. */
    public boolean isReference(String sourceId) {
        return sourceId.equals(reference);
    }

    /** True when two different sources are compared with each other directly. */
    public boolean compares(String a, String b) {
        return !a.equals(b) && (reference == null || a.equals(reference) || b.equals(reference));
    }

    /**
     * True when a finding that quotes these sources is reported: one that quotes a single source says
     * something of that source (or, for an unsupported claim, of what the sources it is compared with
     * lack); one that quotes several must quote two that are compared with each other.
     */
    public boolean reports(Collection<String> quotedSources) {
        if (reference == null || quotedSources.stream().distinct().count() < 2) {
            return true;
        }
        return quotedSources.contains(reference);
    }

    /**
     * @throws IllegalArgumentException when the reference is not among {@code sourceIds}
     */
    public void checkAgainst(Collection<String> sourceIds) {
        if (reference != null && !sourceIds.contains(reference)) {
            throw new IllegalArgumentException("the reference '" + reference + "' is not one of the sources");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Comparison c && Objects.equals(reference, c.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(reference);
    }

    @Override
    public String toString() {
        return reference == null ? "all pairs" : "against " + reference;
    }
}
