package dev.recon.internal.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Whether the words after "said" name someone is read in linear time (docs/redos-audit.md). */
class FigureFactWorstCaseTest {

    /** Long enough that the old quadratic regex took minutes. */
    private static final int LENGTH = 100_000;
    /** A hang guard, not a benchmark. */
    private static final Duration GUARD = Duration.ofSeconds(5);

    @Test
    void capitalsBeforeACharacterDotDoesNotMatchEnd() {
        String words = "A".repeat(LENGTH) + "\u0085x";
        assertThat(assertTimeoutPreemptively(GUARD, () -> FigureFactExtractor.hasCapital(words))).isTrue();
    }

    @Test
    void onlyCapitalLettersCount() {
        assertThat(FigureFactExtractor.hasCapital("the Interior Ministry")).isTrue();
        assertThat(FigureFactExtractor.hasCapital("Łódź police")).isTrue();
        assertThat(FigureFactExtractor.hasCapital("local officials 2")).isFalse();
    }
}
