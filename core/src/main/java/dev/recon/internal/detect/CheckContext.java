package dev.recon.internal.detect;

import dev.recon.Thresholds;
import dev.recon.internal.align.AlignmentResult;
import dev.recon.Comparison;
import dev.recon.internal.claim.AnalyzedSource;
import dev.recon.model.Claim;
import dev.recon.internal.fact.ClockFact;
import dev.recon.internal.fact.DayFact;
import dev.recon.internal.fact.FigureFact;
import dev.recon.internal.finding.Findings;
import dev.recon.kb.KnowledgeBase;
import dev.recon.internal.lexicon.Genericity;
import dev.recon.internal.lexicon.Lexicon;
import dev.recon.source.SourceKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What detectors work from, and where they put what they find. One context serves one reconciliation
 * on one thread; sources are looked up by id in constant time, since detectors ask per token.
 */
public final class CheckContext {

    private final List<AnalyzedSource> sources;
    private final Map<String, AnalyzedSource> byId = new HashMap<>();
    private final List<Claim> allClaims;
    private final AlignmentResult alignment;
    private final KnowledgeBase kb;
    private final Lexicon lexicon;
    private final Genericity genericity;
    private final Findings findings;
    private final List<FigureFact> figures;
    private final List<DayFact> days;
    private final List<ClockFact> clocks;
    private final Thresholds thresholds;
    private final Comparison comparison;

    /**
     * @param genericity which common nouns are generic discourse words
     * @param figures    the figures every claim states, in source and text order
     * @param days       the happenings claims place on an undated day of the week
     * @param clocks     the happenings claims place at a clock time
     * @param thresholds the numeric judgements in force
     */
    public CheckContext(List<AnalyzedSource> sources, AlignmentResult alignment, KnowledgeBase kb,
                            Lexicon lexicon, Genericity genericity, Findings findings, List<FigureFact> figures,
                            List<DayFact> days, List<ClockFact> clocks, Thresholds thresholds) {
        this(sources, alignment, kb, lexicon, genericity, findings, figures, days, clocks, thresholds,
                Comparison.allPairs());
    }

    /**
     * @param comparison which sources are compared with which; it decides which other sources can
     *                   support a claim (the alignment and the findings already follow it)
     */
    public CheckContext(List<AnalyzedSource> sources, AlignmentResult alignment, KnowledgeBase kb,
                            Lexicon lexicon, Genericity genericity, Findings findings, List<FigureFact> figures,
                            List<DayFact> days, List<ClockFact> clocks, Thresholds thresholds,
                            Comparison comparison) {
        this.comparison = Objects.requireNonNull(comparison, "comparison");
        this.sources = List.copyOf(sources);
        this.figures = List.copyOf(figures);
        this.days = List.copyOf(days);
        this.clocks = List.copyOf(clocks);
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.alignment = Objects.requireNonNull(alignment, "alignment");
        this.kb = Objects.requireNonNull(kb, "kb");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.genericity = Objects.requireNonNull(genericity, "genericity");
        this.findings = Objects.requireNonNull(findings, "findings");
        this.sources.forEach(s -> byId.put(s.id(), s));
        this.allClaims = this.sources.stream().flatMap(s -> s.claims().stream()).toList();
    }

    /** The same context with its findings put in {@code other} (a {@linkplain Findings#branch() branch}). */
    public CheckContext withFindings(Findings other) {
        return new CheckContext(sources, alignment, kb, lexicon, genericity, other, figures, days, clocks,
                thresholds, comparison);
    }

    public List<AnalyzedSource> sources() {
        return sources;
    }

    /** The analysed source of that id. */
    public AnalyzedSource source(String id) {
        AnalyzedSource s = byId.get(id);
        if (s == null) {
            throw new IllegalArgumentException("unknown source " + id);
        }
        return s;
    }

    public AlignmentResult alignment() {
        return alignment;
    }

    public KnowledgeBase kb() {
        return kb;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public Genericity genericity() {
        return genericity;
    }

    public Findings findings() {
        return findings;
    }

    public List<FigureFact> figures() {
        return figures;
    }

    public List<DayFact> days() {
        return days;
    }

    public List<ClockFact> clocks() {
        return clocks;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /** Which sources are compared with which. */
    public Comparison comparison() {
        return comparison;
    }

    public SourceKind kindOf(String sourceId) {
        AnalyzedSource s = byId.get(sourceId);
        return s == null ? SourceKind.OTHER : s.source().kind();
    }

    public List<Claim> allClaims() {
        return allClaims;
    }
}
