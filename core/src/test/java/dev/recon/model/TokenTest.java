package dev.recon.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenTest {

    @Test
    void keepsItsOffsetsAndComparesByValue() {
        Token a = new Token(new Span(4, 9), "Hanoi", "PROPN", "hanoi");
        assertThat(a.span()).isEqualTo(new Span(4, 9));
        assertThat(a).isEqualTo(new Token(new Span(4, 9), "Hanoi", "PROPN", "hanoi"))
                .hasSameHashCodeAs(new Token(new Span(4, 9), "Hanoi", "PROPN", "hanoi"))
                .isNotEqualTo(new Token(new Span(5, 10), "Hanoi", "PROPN", "hanoi"))
                .isNotEqualTo(new Token(new Span(4, 9), "Hanoi", "NOUN", "hanoi"));
        assertThat(a.isNoun()).isTrue();
        assertThat(a.lower()).isEqualTo("hanoi");
    }

    @Test
    void refusesMissingParts() {
        assertThatThrownBy(() -> new Token(null, "a", "DET", "a")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Token(new Span(0, 1), "a", null, "a")).isInstanceOf(NullPointerException.class);
    }
}
