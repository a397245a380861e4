package dev.recon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recon.finding.FindingKind;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

    @Test
    void valuesOutsideTheirRangeAreRefusedByName() {
        Thresholds d = Thresholds.DEFAULT;
        assertThatThrownBy(() -> new Thresholds(0, d.parallelWordRatio(), d.runningCountRatio(), d.runningCountDays(),
                d.approximation(), d.nearestWorthQuoting(), d.topicShare(), d.crossingBearing())).hasMessageContaining("alignment");
        assertThatThrownBy(() -> new Thresholds(d.alignment(), d.parallelWordRatio(), 1.0, d.runningCountDays(),
                d.approximation(), d.nearestWorthQuoting(), d.topicShare(), d.crossingBearing())).hasMessageContaining("runningCountRatio");
    }

    @Test
    void theRunningCountRatioDecidesWhenTwoFloorsDisagree() {
        List<Source> sources = List.of(Source.of("a", SourceKind.NEWS, "The flood has killed at least 300 people."),
                Source.of("b", SourceKind.NEWS, "The flood has killed more than 1,100 people."));
        Thresholds d = Thresholds.DEFAULT;
        Reconciler strict = Reconciler.builder().models(Fixtures.MODELS).knowledgeBase(Fixtures.KB).build();
        Reconciler lenient = Reconciler.builder().models(Fixtures.MODELS).knowledgeBase(Fixtures.KB)
                .thresholds(new Thresholds(d.alignment(), d.parallelWordRatio(), 10, d.runningCountDays(),
                        d.approximation(), d.nearestWorthQuoting(), d.topicShare(), d.crossingBearing())).build();
        assertThat(strict.reconcile(sources).findings()).anyMatch(f -> f.kind() == FindingKind.NUMBER_MISMATCH);
        assertThat(lenient.reconcile(sources).findings()).noneMatch(f -> f.kind() == FindingKind.NUMBER_MISMATCH);
    }
}
