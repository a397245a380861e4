package dev.recon.internal.lexicon;

import java.util.Objects;
import java.util.Set;

/**
 * Whether a common noun is a generic discourse word ("relationship", "cooperation", "importance",
 * "period") that makes a statement vague rather than checkable.
 *
 * <p>Judged from WordNet, not from a word list: a noun is generic when the lexicographer class of its
 * most frequent sense is one of the abstract classes that {@code lexicon.json} names under
 * {@code abstractNounClasses} (attributes, cognition, relations, states, times and the like), unless it
 * names a happening recon models as an event class ("war", "visit", "treaty"), which is checkable
 * content however abstract WordNet files it. Physical things, people, groups and places are never
 * generic, nor is a word WordNet knows only as a name.
 *
 * <p>Immutable and thread-safe; look-ups are cached by {@link WordNet}.
 */
public final class Genericity {

    private final WordNet wordNet;
    private final Lexicon lexicon;
    private final Set<String> abstractClasses;
    private final Set<String> participantClasses;

    private Genericity(WordNet wordNet, Lexicon lexicon) {
        this.wordNet = Objects.requireNonNull(wordNet, "wordNet");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.abstractClasses = lexicon.list("abstractNounClasses");
        this.participantClasses = lexicon.list("participantNounClasses");
    }

    public static Genericity of(WordNet wordNet, Lexicon lexicon) {
        return new Genericity(wordNet, lexicon);
    }

    /**
     * True for a noun that names a party to a happening rather than what the happening made or acted
     * on: a group, place or person ("the country", "the company", "its leader"). As the object of a
     * verb it refers back to a named participant ("reunified the country" after "North Vietnam"), so it
     * does not tell one kind of happening from another, as "relations" or "a pulp mill" does.
     */
    public boolean isParticipant(String lemma) {
        return !lemma.isEmpty() && wordNet.lexicalClass(lemma).map(participantClasses::contains).orElse(false);
    }

    /** True for a generic discourse noun, given as its lemma. */
    public boolean isGeneric(String lemma) {
        if (lemma.isEmpty() || lexicon.eventClass(lemma).isPresent()) {
            return false;
        }
        return wordNet.lexicalClass(lemma).map(abstractClasses::contains).orElse(false);
    }
}
