package dev.recon.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recon.internal.time.Years;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimeAxisTest {

    /** Nice steps up to 10,000 years, smallest first. */
    private static final List<Long> NICE = List.of(1L, 2L, 5L, 10L, 20L, 25L, 50L, 100L, 200L, 250L, 500L, 1000L, 2000L, 2500L, 5000L, 10000L);

    private static List<String> labels(TimeAxis axis) {
        return axis.ticks().stream().map(t -> Years.format(t.intValue())).toList();
    }

    @Test
    void nokiasCenturyAndAHalfTakesTwentyYearStepsOnADesktopAndFiftyOnAPhone() {
        assertThat(TimeAxis.covering(1865.0, 2015.0, 11)).isEqualTo(new TimeAxis(List.of(1860L, 1880L, 1900L, 1920L, 1940L,
                1960L, 1980L, 2000L, 2020L), 20));
        assertThat(TimeAxis.covering(1865.0, 2015.0, 6)).isEqualTo(new TimeAxis(List.of(1850L, 1900L, 1950L, 2000L, 2050L), 50));
    }

    @Test
    void theLastTickIsAtOrAfterTheLatestPointEvenWhenTheStepDoesNotDivideTheRange() {
        // the old axis stepped from the earliest year and stopped before the latest
        TimeAxis axis = TimeAxis.covering(1946.0, 2019.2, 11);
        assertThat(axis.last()).isGreaterThanOrEqualTo(2020);
        assertThat(axis.first()).isLessThanOrEqualTo(1946);
    }

    @Test
    void oneYearOrOnePointStillMakesAnAxisOfTwoTicks() {
        assertThat(TimeAxis.covering(1958.83, 1959.0, 6).ticks()).containsExactly(1958L, 1959L);
        assertThat(TimeAxis.covering(1960.0, 1960.0, 6).ticks()).containsExactly(1960L, 1961L);
    }

    @Test
    void yearsBeforeTheCommonEraAreRoundAsAReaderCountsThem() {
        // 15 March 44 BC (astronomical -43) to AD 79
        TimeAxis axis = TimeAxis.covering(-43.0 + 73 / 365.0, 80.0, 8);
        assertThat(labels(axis)).containsExactly("60 BC", "40 BC", "20 BC", "AD 1", "AD 20", "AD 40", "AD 60", "AD 80");
        assertThat(labels(TimeAxis.covering(-43.0 + 73 / 365.0, 80.0, 7)))
                .containsExactly("50 BC", "25 BC", "AD 1", "AD 25", "AD 50", "AD 75", "AD 100");
        assertThat(axis.fraction(axis.first())).isZero();
        assertThat(axis.fraction(axis.last())).isEqualTo(1.0);
        assertThat(labels(TimeAxis.covering(-829.9, 83.6, 3))).containsExactly("1000 BC", "AD 1", "1000");
        assertThat(labels(TimeAxis.covering(-3.5, -1.2, 6))).containsExactly("5 BC", "4 BC", "3 BC", "2 BC");
    }

    @Test
    void everyAxisCoversItsRangeInRoundYears() {
        Random random = new Random(12);
        for (int i = 0; i < 2000; i++) {
            double min = -3000 + random.nextDouble() * 5000;
            double max = min + random.nextDouble() * (random.nextBoolean() ? 20 : 3000);
            int maxTicks = 3 + random.nextInt(11);
            TimeAxis axis = TimeAxis.covering(min, max, maxTicks);
            String what = min + ".." + max + " in " + maxTicks + ": " + axis;
            assertThat(axis.first()).as(what).isLessThanOrEqualTo((long) Math.floor(min));
            assertThat(axis.last()).as(what).isGreaterThanOrEqualTo((long) Math.ceil(max));
            assertThat(axis.ticks()).as(what).hasSizeBetween(2, maxTicks).isSorted().doesNotHaveDuplicates();
            assertThat(NICE).as(what).contains(axis.step());
            // every tick a multiple of the step as a reader counts years, or AD 1 where the eras meet
            for (long t : axis.ticks()) {
                long reader = t >= 1 ? t : 1 - t;
                assertThat(reader % axis.step() == 0 || t == 1).as(what + ": " + t).isTrue();
            }
            // no round year left out between two ticks
            for (int k = 1; k < axis.ticks().size(); k++) {
                for (long y = axis.ticks().get(k - 1) + 1; y < axis.ticks().get(k); y++) {
                    assertThat(TimeAxis.isTick(y, axis.step())).as(what + ": " + y).isFalse();
                }
            }
        }
    }

    @Test
    void anAxisNeedsRoomForThreeTicksAndARange() {
        assertThatThrownBy(() -> TimeAxis.covering(1900, 1950, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeAxis.covering(1950, 1900, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeAxis.covering(Double.NaN, 1900, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeAxis.covering(1900, Double.POSITIVE_INFINITY, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeAxis(List.of(1900L, 1950L), 20)).isInstanceOf(IllegalArgumentException.class);
    }
}
