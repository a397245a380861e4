package dev.recon.detect;

import dev.recon.align.AlignmentResult;
import dev.recon.claim.AnalyzedSource;
import dev.recon.claim.Claim;
import dev.recon.fact.ClockFact;
import dev.recon.fact.DayFact;
import dev.recon.fact.FigureFact;
import dev.recon.finding.Findings;
import dev.recon.kb.KnowledgeBase;
import dev.recon.lexicon.Genericity;
import dev.recon.lexicon.Lexicon;
import dev.recon.source.SourceKind;
import java.util.List;
import java.util.Objects;

/**
 * What detectors work from, and where they put what they find.
 *
 * @param genericity which common nouns are generic discourse words
 * @param figures the figures every claim states, in source and text order
 * @param days    the happenings claims place on an undated day of the week
 * @param clocks  the happenings claims place at a clock time
 * @param thresholds the numeric judgements in force
 */
public record DetectionContext(List<AnalyzedSource> sources, AlignmentResult alignment, KnowledgeBase kb,
                               Lexicon lexicon, Genericity genericity, Findings findings, List<FigureFact> figures,
                               List<DayFact> days, List<ClockFact> clocks, Thresholds thresholds) {

    public DetectionContext {
        sources = List.copyOf(sources);
        figures = List.copyOf(figures);
        days = List.copyOf(days);
        clocks = List.copyOf(clocks);
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(lexicon, "lexicon");
        Objects.requireNonNull(genericity, "genericity");
        Objects.requireNonNull(findings, "findings");
    }

    public SourceKind kindOf(String sourceId) {
        return sources.stream().filter(s -> s.id().equals(sourceId)).findFirst()
                .map(s -> s.source().kind()).orElse(SourceKind.OTHER);
    }

    public List<Claim> allClaims() {
        return sources.stream().flatMap(s -> s.claims().stream()).toList();
    }
}
