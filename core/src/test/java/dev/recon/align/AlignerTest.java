package dev.recon.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlignerTest {

    @Test
    void wordRatioCountsWordsADiffKeeps() {
        assertThat(Aligner.wordRatio(List.of("a", "b", "c"), List.of("a", "b", "c"))).isEqualTo(1.0);
        assertThat(Aligner.wordRatio(List.of("a", "b", "c", "d"), List.of("a", "x", "c", "d"))).isEqualTo(0.75);
        assertThat(Aligner.wordRatio(List.of("a"), List.of("b"))).isZero();
    }
}
