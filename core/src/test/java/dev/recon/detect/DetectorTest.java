package dev.recon.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recon.Fixtures;
import dev.recon.Reconciler;
import dev.recon.Report;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Severity;
import dev.recon.model.Claim;
import dev.recon.model.Span;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A detector of one's own, through the public extension point only. */
class DetectorTest {

    private static final List<Source> STORM = List.of(Source.of("a", SourceKind.NEWS, "The storm killed 14 people."),
            Source.of("b", SourceKind.NEWS, "The storm killed 19 people."));

    /** Flags each claim that a number mismatch already quotes: it must run after the detector that finds those. */
    private static final Detector SEES_MISMATCHES = new Detector() {
        @Override
        public void detect(DetectionContext ctx) {
            for (Claim c : ctx.claims()) {
                if (ctx.covers(c.sourceId(), c.span(), FindingKind.NUMBER_MISMATCH)) {
                    ctx.add(FindingKind.OMISSION, Severity.INFO, "seen " + c.sourceId(), List.of(ctx.quote(c, c.span())), List.of(c));
                }
            }
        }

        @Override
        public Set<FindingKind> produces() {
            return Set.of(FindingKind.OMISSION);
        }

        @Override
        public Set<FindingKind> consumes() {
            return Set.of(FindingKind.NUMBER_MISMATCH);
        }
    };

    @Test
    void aDetectorAddedThroughTheBuilderReportsAndSeesWhatOthersFound() {
        Reconciler recon = Reconciler.builder().models(Fixtures.MODELS).knowledgeBase(Fixtures.KB)
                .addDetector(SEES_MISMATCHES).build();
        Report r = recon.reconcile(STORM);
        assertThat(r.findings()).anyMatch(f -> f.kind() == FindingKind.NUMBER_MISMATCH);
        List<Finding> seen = r.findings().stream().filter(f -> f.message().startsWith("seen ")).toList();
        assertThat(seen).extracting(Finding::message).containsExactlyInAnyOrder("seen a", "seen b");
        assertThat(seen).allSatisfy(f -> assertThat(f.evidence().get(0).text()).startsWith("The storm killed"));
    }

    @Test
    void theContextShowsTheSourcesTheirClaimsAndTheAlignments() {
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        Detector probe = ctx -> {
            seen.add(ctx.sources().stream().map(Source::id).toList().toString());
            seen.add(ctx.claims("a").size() + "+" + ctx.claims("b").size() + "=" + ctx.claims().size());
            seen.add(ctx.claims("no such source").toString());
            seen.add(ctx.alignments().isEmpty() ? "no alignments" : "aligned");
        };
        Reconciler.builder().models(Fixtures.MODELS).knowledgeBase(Fixtures.KB).addDetector(probe).build().reconcile(STORM);
        assertThat(seen).containsExactly("[a, b]", "1+1=2", "[]", "aligned");
    }

    @Test
    void aQuotationBeyondTheSourceAndAFindingWithoutEvidenceAreRefused() {
        Detector careless = ctx -> {
            Claim c = ctx.claims().get(0);
            assertThatThrownBy(() -> ctx.quote(c, new Span(0, 10_000))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("beyond the end of source a");
            assertThatThrownBy(() -> ctx.add(FindingKind.OMISSION, Severity.INFO, "nothing", List.of(), List.of(c)))
                    .isInstanceOf(IllegalArgumentException.class);
        };
        Report r = Reconciler.builder().models(Fixtures.MODELS).knowledgeBase(Fixtures.KB).addDetector(careless).build()
                .reconcile(STORM);
        assertThat(r.findings()).noneMatch(f -> f.message().equals("nothing"));
    }
}
