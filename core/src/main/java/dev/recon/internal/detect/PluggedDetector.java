package dev.recon.internal.detect;

import dev.recon.Comparison;
import dev.recon.detect.DetectionContext;
import dev.recon.detect.Detector;
import dev.recon.finding.Evidence;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Severity;
import dev.recon.internal.claim.AnalyzedSource;
import dev.recon.model.Alignment;
import dev.recon.model.Claim;
import dev.recon.model.Span;
import dev.recon.source.Source;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A user's {@link Detector} among recon's own: it sees the analysis through the public context only. */
public final class PluggedDetector implements Check {

    private final Detector detector;

    public PluggedDetector(Detector detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    @Override
    public void detect(CheckContext context) {
        detector.detect(new View(context));
    }

    @Override
    public Set<FindingKind> produces() {
        return Set.copyOf(detector.produces());
    }

    @Override
    public Set<FindingKind> consumes() {
        return Set.copyOf(detector.consumes());
    }

    @Override
    public String toString() {
        return detector.getClass().getName();
    }

    private record View(CheckContext context) implements DetectionContext {

        @Override
        public List<Source> sources() {
            return context.sources().stream().map(AnalyzedSource::source).toList();
        }

        @Override
        public List<Claim> claims() {
            return context.allClaims();
        }

        @Override
        public List<Claim> claims(String sourceId) {
            return context.sources().stream().filter(s -> s.id().equals(sourceId)).findFirst()
                    .map(AnalyzedSource::claims).orElse(List.of());
        }

        @Override
        public List<Alignment> alignments() {
            return context.alignment().alignments();
        }

        @Override
        public Comparison comparison() {
            return context.comparison();
        }

        @Override
        public Evidence quote(Claim claim, Span span) {
            Source s = context.source(claim.sourceId()).source();
            if (span.end() > s.text().length()) {
                throw new IllegalArgumentException("span " + span + " is beyond the end of source " + s.id());
            }
            return context.findings().quote(claim, span);
        }

        @Override
        public void add(FindingKind kind, Severity severity, String message, List<Evidence> evidence, List<Claim> claims) {
            if (evidence.isEmpty()) {
                throw new IllegalArgumentException("a finding needs evidence");
            }
            context.findings().add(kind, severity, message, evidence, claims);
        }

        @Override
        public boolean covers(String source, Span span, FindingKind... kinds) {
            return context.findings().covers(source, span, kinds);
        }
    }
}
