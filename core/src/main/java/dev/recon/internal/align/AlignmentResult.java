package dev.recon.internal.align;

import dev.recon.model.Alignment;
import dev.recon.model.Claim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The links found between claims and the alignments they form. */
public final class AlignmentResult {

    private final List<Link> links;
    private final List<Alignment> alignments;
    private final Map<String, List<Link>> byClaim = new HashMap<>();
    private final Map<String, Link> nearest;

    /**
     * @param nearest for each claim id, its most similar claim in another source, however weak; the
     *                evidence to quote when a claim turns out unsupported
     */
    public AlignmentResult(List<Link> links, List<Alignment> alignments, Map<String, Link> nearest) {
        this.links = List.copyOf(links);
        this.alignments = List.copyOf(alignments);
        this.nearest = Map.copyOf(nearest);
        for (Link l : links) {
            byClaim.computeIfAbsent(l.a().id(), k -> new ArrayList<>()).add(l);
            byClaim.computeIfAbsent(l.b().id(), k -> new ArrayList<>()).add(l);
        }
    }

    public List<Link> links() {
        return links;
    }

    public List<Alignment> alignments() {
        return alignments;
    }

    /** Links that involve {@code claim}, best first. */
    public List<Link> linksOf(Claim claim) {
        return byClaim.getOrDefault(claim.id(), List.of());
    }

    /** The most similar claim in another source, with {@code claim} as the link's {@code a}; empty when none shares a key. */
    public java.util.Optional<Link> nearest(Claim claim) {
        return java.util.Optional.ofNullable(nearest.get(claim.id()));
    }

    public boolean isAligned(Claim claim) {
        return byClaim.containsKey(claim.id());
    }
}
