package dev.recon.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OffsetsTest {

    @Test
    void findsTheFirstItemAtOrAfterAnOffset() {
        List<Integer> starts = List.of(3, 7, 7, 12);
        assertThat(Offsets.firstAtOrAfter(starts, x -> x, 0)).isZero();
        assertThat(Offsets.firstAtOrAfter(starts, x -> x, 7)).isEqualTo(1);
        assertThat(Offsets.firstAtOrAfter(starts, x -> x, 8)).isEqualTo(3);
        assertThat(Offsets.firstAtOrAfter(starts, x -> x, 13)).isEqualTo(4);
        assertThat(Offsets.firstAtOrAfter(List.<Integer>of(), x -> x, 5)).isZero();
    }
}
