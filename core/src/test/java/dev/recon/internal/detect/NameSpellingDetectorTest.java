package dev.recon.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.Fixtures;
import dev.recon.finding.Evidence;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Severity;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameSpellingDetectorTest {

    private static List<Finding> reconcile(String... texts) {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            sources.add(Source.of("s" + (i + 1), SourceKind.OTHER, texts[i]));
        }
        return Fixtures.reconciler().reconcile(sources).findings();
    }

    private static List<Finding> ofKind(List<Finding> findings, FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    @Test
    void aNameMisspeltInAParaphraseIsOneMinorFindingQuotingEachSpellingOncePerSource() {
        List<Finding> f = reconcile(
                "The novelist Charles Dickens published Great Expectations in weekly parts from 1860. "
                        + "Charles Dickens later toured America.",
                "Great Expectations first appeared in a weekly magazine edited by Charles Dikens himself. "
                        + "Readers in London queued for every issue of Charles Dikens and his magazine.",
                "Many critics count the novel by Charles Dickens among the finest of its century.");
        List<Finding> spelling = ofKind(f, FindingKind.NAME_SPELLING);
        assertThat(spelling).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.MINOR);
            assertThat(x.evidence()).extracting(Evidence::source).containsExactly("s1", "s2", "s3");
            assertThat(x.evidence()).extracting(Evidence::text)
                    .containsExactly("Charles Dickens", "Charles Dikens", "Charles Dickens");
            assertThat(x.message()).contains("Charles Dikens").contains("Charles Dickens");
        });
    }

    @Test
    void romanisationVariantsAreInfoNotMisspellings() {
        List<Finding> f = reconcile(
                "Floods reached the town of Chefchaouen in the Rif mountains in March 2010.",
                "In March 2010 water covered the streets of Shefshawen, a town in the Rif.");
        assertThat(ofKind(f, FindingKind.NAME_SPELLING)).isEmpty();
        assertThat(ofKind(f, FindingKind.NAMING_VARIANT)).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void differentPeopleWithSimilarNamesAndOneSourcesOwnVariantsAreLeftAlone() {
        List<Finding> f = reconcile(
                "John Smith opened the first library of the town in 1901. Mr Harold Penwick and Mr Harold Penwik "
                        + "paid for its books.",
                "The library, paid for by local merchants, was run by Joan Smith for thirty years from 1901.");
        assertThat(ofKind(f, FindingKind.NAME_SPELLING)).isEmpty();
    }

    @Test
    void aWordWrittenInLowerCaseElsewhereIsAnOrdinaryWordNotAName() {
        List<Finding> f = reconcile(
                "Defence Secretary Harold Penwick resigned in 1953 after the budget dispute.",
                "The defense budget was cut sharply in 1953, and Defense Secretary Harold Penwick left office.");
        assertThat(ofKind(f, FindingKind.NAME_SPELLING)).isEmpty();
    }
}
