package dev.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WarmupTest {

    @Test
    void runsAtLeastTheRoundsAskedFor() {
        AtomicInteger calls = new AtomicInteger();
        int rounds = new Warmup(7, 60).run(calls::incrementAndGet);
        assertThat(rounds).isEqualTo(calls.get()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void stopsOnceTheTimeIsUpEvenIfTheCompilerIsBusy() {
        AtomicInteger calls = new AtomicInteger();
        Warmup warmup = new Warmup(0, 0);
        assertThat(warmup.run(calls::incrementAndGet)).isEqualTo(1);
        assertThat(calls).hasValue(1);
    }

    @Test
    void timesEachRoundOnce() {
        AtomicInteger calls = new AtomicInteger();
        assertThat(Warmup.millisPerRound(5, calls::incrementAndGet)).isGreaterThanOrEqualTo(0);
        assertThat(calls).hasValue(5);
    }

    @Test
    void timesSeveralPiecesOfWorkInTurn() {
        StringBuilder order = new StringBuilder();
        double[] ms = Warmup.millisPerRound(3, () -> order.append('a'), () -> order.append('b'));
        assertThat(order).hasToString("ababab");
        assertThat(ms).hasSize(2);
    }

    @Test
    void refusesNegativeBudgets() {
        assertThatThrownBy(() -> new Warmup(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Warmup(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
