package dev.recon.nlp;

import dev.recon.text.Span;
import java.util.Locale;
import java.util.Objects;

/**
 * A token with its Universal Dependencies part of speech and its lemma.
 *
 * @param span  where it is in the original text
 * @param text  the covered text
 * @param pos   UPOS tag such as {@code PROPN}, {@code VERB}, {@code NUM}
 * @param lemma lower-cased lemma
 */
public record Token(Span span, String text, String pos, String lemma) {

    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(lemma, "lemma");
    }

    public boolean isVerb() {
        return pos.equals("VERB") || pos.equals("AUX");
    }

    public boolean isNoun() {
        return pos.equals("NOUN") || pos.equals("PROPN");
    }

    /** Content words carry a sentence's meaning: nouns, verbs, adjectives, numbers. */
    public boolean isContent() {
        return switch (pos) {
            case "NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV" -> true;
            default -> false;
        };
    }

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }
}
