package dev.recon.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.Fixtures;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Severity;
import dev.recon.kb.EntityMention;
import dev.recon.internal.name.NameMatcher;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import dev.recon.model.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameJudgeTest {

    private final NameJudge judge = new NameJudge(Fixtures.KB, NameMatcher.bundled());

    private static EntityMention mention(String text) {
        return new EntityMention(new Span(0, text.length()), text, Fixtures.KB.named(text), false);
    }

    private Optional<NameJudge.Verdict> judge(String a, String b) {
        return judge.judge(mention(a), mention(b), null, false);
    }

    @Test
    void unknownNamesMatchOnTheirLastWordWhenTheRestAgrees() {
        assertThat(NameJudge.sameUnknownName("Recep Erdogan", "Recep Tayyip Erdogan")).isTrue();
        assertThat(NameJudge.sameUnknownName("Erdogan", "Recep Tayyip Erdogan")).isTrue();
        assertThat(NameJudge.sameUnknownName("Balázs Szalontai", "Balazs Szalontai")).isTrue();
        assertThat(NameJudge.sameUnknownName("Geoff Hurst", "Hurst")).isTrue();
        assertThat(NameJudge.sameUnknownName("Geoff Hurst", "Brian Hurst")).isFalse();
        assertThat(NameJudge.sameUnknownName("Mavi Marmara", "Marmara Sea")).isFalse();
        assertThat(NameJudge.sameUnknownName("A Li", "B Li")).isFalse();
    }

    @Test
    void normalFormIgnoresCaseAccentsArticlesAndPunctuation() {
        assertThat(NameJudge.normal("The Chosun Ilbo")).isEqualTo("chosun ilbo");
        assertThat(NameJudge.normal("Hồ Chí Minh")).isEqualTo("ho chi minh");
    }

    @Test
    void aShortFormOfAnUnknownNameIsANamingVariant() {
        assertThat(judge("Curie", "Marie Curie")).get().extracting(NameJudge.Verdict::kind, NameJudge.Verdict::severity)
                .containsExactly(FindingKind.NAMING_VARIANT, Severity.INFO);
        assertThat(judge("BBC", "the British Broadcasting Corporation")).get().extracting(NameJudge.Verdict::kind)
                .isEqualTo(FindingKind.NAMING_VARIANT);
    }

    @Test
    void anUnknownNameMisspeltIsANameSpelling() {
        assertThat(judge("Charles Dikens", "Charles Dickens")).get()
                .extracting(NameJudge.Verdict::kind, NameJudge.Verdict::severity)
                .containsExactly(FindingKind.NAME_SPELLING, Severity.MINOR);
        // one side known to the knowledge base, the other a misspelling of it
        assertThat(judge("Mandella", "Mandela")).get().extracting(NameJudge.Verdict::kind)
                .isEqualTo(FindingKind.NAME_SPELLING);
    }

    @Test
    void unrelatedUnknownNamesAreNoFinding() {
        assertThat(judge("Riverside Mills", "Harbour Bank")).isEmpty();
    }

    @Test
    void unknownNamesInTheSameFrameAreAMinorMismatch() {
        assertThat(judge.judge(mention("Leiden"), mention("Utrecht"), null, true)).get()
                .extracting(NameJudge.Verdict::kind, NameJudge.Verdict::severity)
                .containsExactly(FindingKind.ENTITY_MISMATCH, Severity.MINOR);
        assertThat(judge.judge(mention("Leiden"), mention("Utrecht"), null, false)).isEmpty();
    }

    @Test
    void aPersonIsNeverAnEntityMismatchAgainstAState() {
        assertThat(judge("Nelson Mandela", "South Africa")).isEmpty();
        assertThat(judge("France", "Japan")).get().extracting(NameJudge.Verdict::kind, NameJudge.Verdict::severity)
                .containsExactly(FindingKind.ENTITY_MISMATCH, Severity.MAJOR);
    }

    @Test
    void aStateInsideTheNameOfAnEventIsNoAnachronism() {
        List<Finding> findings = Fixtures.reconciler().reconcile(List.of(
                Source.of("a", SourceKind.OTHER, "In 1950, veterans of the Ghana War marched through Accra. "
                        + "In 1950, the Ghana-Britain Conference opened in the capital."),
                // the Gold Coast stood where Ghana would be, so the bare name is an anachronism
                Source.of("b", SourceKind.OTHER, "In 1950, Ghana signed a trade agreement with its neighbours.")))
                .findings();
        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.ANACHRONISM)
                .singleElement()
                .satisfies(f -> assertThat(f.evidence().get(0).source()).isEqualTo("b"));
    }

    @Test
    void inCopiedTextAnUnknownNameInTheOtherNamesPlaceIsAMinorMismatch() {
        List<Finding> copied = Fixtures.reconciler().reconcile(List.of(
                Source.of("a", SourceKind.OTHER, "In 1931 the chemist trained for three years at the Institute in Leiden."),
                Source.of("b", SourceKind.OTHER, "In 1931 the chemist trained for three years at the Institute in Utrecht.")))
                .findings();
        assertThat(copied).filteredOn(f -> f.kind() == FindingKind.ENTITY_MISMATCH).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MINOR));
    }
}
