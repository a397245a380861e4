package dev.recon.internal.fact;

import dev.recon.model.Token;
import java.util.List;

/** Where an offset falls among a claim's tokens. */
final class Tokens {

    private Tokens() {
    }

    /** Index of the first token that ends after {@code offset}; the last token when none does. */
    static int at(List<Token> toks, int offset) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).span().end() > offset) {
                return i;
            }
        }
        return toks.size() - 1;
    }
}
