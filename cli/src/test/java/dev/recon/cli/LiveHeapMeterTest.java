package dev.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiveHeapMeterTest {

    private static final int RETAINED = 64 * 1024 * 1024;

    @Test
    void countsWhatIsStillReferencedWhenSampled() {
        try (LiveHeapMeter meter = new LiveHeapMeter()) {
            byte[] kept = new byte[RETAINED];
            kept[kept.length - 1] = 1;
            meter.sampleNow();
            assertThat(meter.peakBytes()).isGreaterThanOrEqualTo(RETAINED);
            assertThat(kept[kept.length - 1]).isEqualTo((byte) 1);
        }
    }
}
