package dev.recon.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recon.finding.FindingKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DetectorOrderTest {

    private record Probe(String name, Set<FindingKind> produces, Set<FindingKind> consumes) implements Check {
        @Override
        public void detect(CheckContext context) {
        }
    }

    @Test
    void aConsumerRunsAfterEveryProducerWhateverTheRegistrationOrder() {
        Probe consumer = new Probe("consumer", Set.of(FindingKind.OMISSION), Set.of(FindingKind.NUMBER_MISMATCH));
        Probe producer = new Probe("producer", Set.of(FindingKind.NUMBER_MISMATCH), Set.of());
        Probe free = new Probe("free", Set.of(FindingKind.CONTRADICTION), Set.of());
        assertThat(DetectorOrder.of(List.of(consumer, producer, free))).containsExactly(producer, consumer, free);
    }

    @Test
    void wavesAreRunsOfTheOrderInWhichNoDetectorConsumesWhatAnotherProduces() {
        Probe producer = new Probe("producer", Set.of(FindingKind.NUMBER_MISMATCH), Set.of());
        Probe free = new Probe("free", Set.of(FindingKind.CONTRADICTION), Set.of());
        Probe consumer = new Probe("consumer", Set.of(FindingKind.OMISSION), Set.of(FindingKind.NUMBER_MISMATCH));
        Probe later = new Probe("later", Set.of(FindingKind.CITATION_PROBLEM), Set.of());
        Probe last = new Probe("last", Set.of(FindingKind.ANACHRONISM), Set.of(FindingKind.OMISSION));
        // "later" is free of the others but waits for "consumer", so merging wave by wave keeps the order
        assertThat(DetectorOrder.waves(List.of(producer, free, consumer, later, last)))
                .containsExactly(List.of(producer, free), List.of(consumer, later), List.of(last));
    }

    @Test
    void aCycleIsRefused() {
        Probe a = new Probe("a", Set.of(FindingKind.OMISSION), Set.of(FindingKind.CONTRADICTION));
        Probe b = new Probe("b", Set.of(FindingKind.CONTRADICTION), Set.of(FindingKind.OMISSION));
        assertThatThrownBy(() -> DetectorOrder.of(List.of(a, b))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cycle");
    }
}
