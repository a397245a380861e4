package dev.recon.nlp;

import dev.recon.text.Span;
import java.util.List;
import java.util.Objects;

/** A sentence and its tokens; all spans index the original text. */
public record Sentence(Span span, List<Token> tokens) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
    }

    public boolean hasVerb() {
        return tokens.stream().anyMatch(Token::isVerb);
    }
}
