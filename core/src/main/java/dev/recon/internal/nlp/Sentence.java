package dev.recon.internal.nlp;

import dev.recon.model.Token;
import dev.recon.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * A sentence and its tokens; all spans index the original text.
 *
 * @param piece true when this is a piece of a longer run of text that was cut to bound the work of
 *              tagging and comparing it (see {@link Annotator#MAX_SENTENCE_CHARS})
 */
public record Sentence(Span span, List<Token> tokens, boolean piece) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
    }

    public Sentence(Span span, List<Token> tokens) {
        this(span, tokens, false);
    }

    public boolean hasVerb() {
        return tokens.stream().anyMatch(Token::isVerb);
    }
}
