package dev.recon.detect;

import dev.recon.Comparison;
import dev.recon.finding.Evidence;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Severity;
import dev.recon.model.Alignment;
import dev.recon.model.Claim;
import dev.recon.model.Span;
import dev.recon.source.Source;
import java.util.List;

/**
 * What a {@link Detector} sees of one reconciliation, and where it puts its findings. One context
 * serves one detector for one call; it is not to be kept.
 */
public interface DetectionContext {

    /** The sources, in the order they were given. */
    List<Source> sources();

    /** Every claim read, source by source in that order, each in text order. */
    List<Claim> claims();

    /** The claims read from source {@code sourceId}, in text order; empty for an unknown id. */
    List<Claim> claims(String sourceId);

    /** Claims of different sources that state the same thing, as the aligner grouped them. */
    List<Alignment> alignments();

    /** Which pairs of sources are compared: a finding quoting only sources not compared is dropped. */
    Comparison comparison();

    /**
     * Evidence quoting {@code span} of the source {@code claim} comes from.
     *
     * @throws IllegalArgumentException when the span is not within that source's text
     */
    Evidence quote(Claim claim, Span span);

    /**
     * Adds a finding. The same discrepancy added twice (the same kind quoting the same texts) is one
     * finding, at the higher of the two severities; recon gives it its id.
     *
     * @param evidence where the finding is, at least one quotation
     * @param claims   the claims it is about
     */
    void add(FindingKind kind, Severity severity, String message, List<Evidence> evidence, List<Claim> claims);

    /** True when a finding of one of {@code kinds} already quotes {@code span} of {@code source}. */
    boolean covers(String source, Span span, FindingKind... kinds);
}
