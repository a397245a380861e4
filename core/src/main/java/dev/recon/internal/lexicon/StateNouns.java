package dev.recon.internal.lexicon;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a common noun makes of a state's name or demonym that it governs: "the President of France",
 * "Sri Lanka's government" and "Soviet troops" are the state acting; "the Korean War" is a happening;
 * "the Russian ballet", "the French language" and "a Czech writer" are a nation's culture or a person's
 * nationality, not the state.
 *
 * <p>Judged from WordNet, not from a word list. A noun is an {@link Kind#ACTOR} when one of its senses
 * is one of the kinds of person or group that {@code lexicon.json} names under {@code actorSenses}
 * (rulers, office-holders, officials, servicemen, governments, legislatures, armed forces, delegations,
 * a citizenry), unless its most frequent sense is an institution or a polity ({@code nonActorFirstSenses})
 * or one of its senses is a place ({@code placeNounClasses}): "Bank of England", "Empire of Japan" and
 * "the capital of France" name other things.
 * Any sense counts because the state the noun governs selects it: in "the Queen of Spain" the queen is
 * the monarch, though WordNet's most frequent "queen" is an insect. The nouns of a relationship between
 * parties ({@code relationNouns}: "Soviet–Vietnamese relations") are actors too, since states hold
 * them. Otherwise the lexicographer class of the most frequent sense decides: an event head of the
 * lexicon or an act or event ({@code happeningNounClasses}) is a {@link Kind#HAPPENING} or an
 * {@link Kind#ACT}; communication, food, times, ideas, artefacts and people not acting for a state
 * ({@code cultureNounClasses}) are {@link Kind#CULTURE}.
 *
 * <p>Immutable and thread-safe; judgements are cached.
 */
public final class StateNouns {

    /** What a noun makes of a state's name that qualifies it. */
    public enum Kind {
        /** An office, body, force or the people of a state, or a relationship states hold. */
        ACTOR,
        /** The head of the name of a happening: "war", "treaty", "crisis". */
        HAPPENING,
        /** Another act or event: "ballet", "aid". Capitalised after a name, it heads a happening's name. */
        ACT,
        /** A nation's language, arts, food, periods and things, or a person's nationality. */
        CULTURE,
        /** Nothing recon can tell: a place, an attribute, a group that is no state body. */
        OTHER
    }

    private final WordNet wordNet;
    private final Lexicon lexicon;
    private final Set<String> actorSenses;
    private final Set<String> nonActorFirstSenses;
    private final Set<String> placeClasses;
    private final Set<String> happeningClasses;
    private final Set<String> cultureClasses;
    private final Map<String, Kind> kinds = new ConcurrentHashMap<>();
    private final Map<String, Boolean> nouns = new ConcurrentHashMap<>();

    private StateNouns(WordNet wordNet, Lexicon lexicon) {
        this.wordNet = Objects.requireNonNull(wordNet, "wordNet");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.actorSenses = wordNet.synsets(lexicon.list("actorSenses"));
        this.nonActorFirstSenses = wordNet.synsets(lexicon.list("nonActorFirstSenses"));
        this.placeClasses = lexicon.list("placeNounClasses");
        this.happeningClasses = lexicon.list("happeningNounClasses");
        this.cultureClasses = lexicon.list("cultureNounClasses");
    }

    /**
     * @throws IllegalArgumentException when the lexicon names a WordNet sense that WordNet lacks
     */
    public static StateNouns of(WordNet wordNet, Lexicon lexicon) {
        return new StateNouns(wordNet, lexicon);
    }

    /** The lexicon these judgements read, for the words around a name: titles, event heads. */
    public Lexicon lexicon() {
        return lexicon;
    }

    /** True when WordNet knows the lemma or lemmas ("minister", "prime minister") as a common noun. */
    public boolean isNoun(String lemmas) {
        String key = lemmas.toLowerCase(Locale.ROOT).strip();
        return !key.isEmpty() && !lexicon.isStopword(key) && nouns.computeIfAbsent(key, wordNet::isNoun);
    }

    /** What the noun, given as its lemma or lemmas, makes of a state's name that qualifies it. */
    public Kind kind(String lemmas) {
        String key = lemmas.toLowerCase(Locale.ROOT).strip();
        if (key.isEmpty()) {
            return Kind.OTHER;
        }
        return kinds.computeIfAbsent(key, this::judge);
    }

    /**
     * True when the noun, given as its lemma or lemmas, names an office, body, force or the people of
     * a state ("president", "prime minister", "government", "troops"): after one, "of" and a state's
     * name, the name is the state acting and not the end of a longer proper name.
     */
    public boolean isOffice(String lemmas) {
        return kind(lemmas) == Kind.ACTOR && !lexicon.isRelationNoun(lemmas.toLowerCase(Locale.ROOT).strip());
    }

    private Kind judge(String noun) {
        if (lexicon.isRelationNoun(noun) || isActor(noun)) {
            return Kind.ACTOR;
        }
        if (lexicon.isEventHead(noun)) {
            return Kind.HAPPENING;
        }
        String first = wordNet.lexicalClass(noun).orElse("");
        if (happeningClasses.contains(first)) {
            return Kind.ACT;
        }
        return cultureClasses.contains(first) ? Kind.CULTURE : Kind.OTHER;
    }

    private boolean isActor(String noun) {
        if (!wordNet.isKindOf(noun, actorSenses, false) || wordNet.isKindOf(noun, nonActorFirstSenses, true)) {
            return false;
        }
        return wordNet.senseClasses(noun).stream().noneMatch(placeClasses::contains);
    }
}
