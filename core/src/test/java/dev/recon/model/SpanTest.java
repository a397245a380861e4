package dev.recon.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void rejectsNegativeAndReversedRanges() {
        assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before start");
    }

    @Test
    void overlapIsHalfOpen() {
        assertThat(new Span(0, 5).overlaps(new Span(5, 9))).isFalse();
        assertThat(new Span(0, 5).overlaps(new Span(4, 9))).isTrue();
        assertThat(new Span(2, 3).overlaps(new Span(0, 10))).isTrue();
    }

    @Test
    void trimsWhitespaceAndQuotesUtf16() {
        String text = "  Đổi Mới 😀 ";
        Span s = new Span(0, text.length()).trim(text);
        assertThat(s.of(text)).isEqualTo("Đổi Mới 😀");
        // the emoji is two UTF-16 code units: offsets are String indices, not code points
        assertThat(s.length()).isEqualTo("Đổi Mới ".length() + 2);
    }

    @Test
    void refusesToQuoteBeyondTheText() {
        assertThatThrownBy(() -> new Span(0, 10).of("short")).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
