package dev.recon.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.Fixtures;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import dev.recon.internal.lexicon.WordNet;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityConflictDetectorTest {

    private static List<Finding> mismatches(String a, String b) {
        return Fixtures.reconciler().reconcile(List.of(Source.of("a", SourceKind.NEWS, a), Source.of("b", SourceKind.NEWS, b)))
                .findings().stream().filter(f -> f.kind() == FindingKind.ENTITY_MISMATCH).toList();
    }

    @Test
    void wordNetTellsSiblingKindsFromBroaderOnes() {
        assertThat(Fixtures.WORDNET.kinship("frigate", "destroyer")).isEqualTo(WordNet.Kinship.SIBLING);
        assertThat(Fixtures.WORDNET.kinship("ship", "frigate")).isEqualTo(WordNet.Kinship.BROADER);
        assertThat(Fixtures.WORDNET.isPerson("president")).isTrue();
    }

    @Test
    void oneNamedThingCannotBeTwoSiblingKinds() {
        assertThat(mismatches("Amethyst, a frigate of the Royal Navy, sailed up the river in April.",
                "A destroyer called Amethyst sailed up the river in April.")).hasSize(1);
        assertThat(mismatches("Amethyst, a frigate of the Royal Navy, sailed up the river in April.",
                "A ship called Amethyst sailed up the river in April.")).isEmpty();
    }
}
