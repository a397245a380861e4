package dev.recon.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A token with its Universal Dependencies part of speech and its lemma. Immutable.
 *
 * <p>Not a record with a {@link Span} component: a long source keeps millions of tokens in its
 * claims, and holding the two offsets directly saves a span object for each. {@link #span()} makes
 * one on demand.
 */
public final class Token {

    private final int start;
    private final int end;
    private final String text;
    private final String pos;
    private final String lemma;
    /**
     * The lower-cased text, made on first use: detectors ask for it for every token of every pair of
     * claims they compare. A race only makes the same string twice, and a {@code String} is safely
     * published, so the token stays immutable to its readers.
     */
    private String lower;

    /**
     * @param span  where it is in the original text
     * @param text  the covered text
     * @param pos   UPOS tag such as {@code PROPN}, {@code VERB}, {@code NUM}
     * @param lemma lower-cased lemma
     */
    public Token(Span span, String text, String pos, String lemma) {
        Objects.requireNonNull(span, "span");
        this.start = span.start();
        this.end = span.end();
        this.text = Objects.requireNonNull(text, "text");
        this.pos = Objects.requireNonNull(pos, "pos");
        this.lemma = Objects.requireNonNull(lemma, "lemma");
    }

    /** Where the token is in the original text. */
    public Span span() {
        return new Span(start, end);
    }

    public String text() {
        return text;
    }

    public String pos() {
        return pos;
    }

    public String lemma() {
        return lemma;
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
        String l = lower;
        if (l == null) {
            l = text.toLowerCase(Locale.ROOT);
            lower = l;
        }
        return l;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && start == t.start && end == t.end && text.equals(t.text) && pos.equals(t.pos)
                && lemma.equals(t.lemma);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, text, pos, lemma);
    }

    @Override
    public String toString() {
        return "Token[span=" + span() + ", text=" + text + ", pos=" + pos + ", lemma=" + lemma + "]";
    }
}
