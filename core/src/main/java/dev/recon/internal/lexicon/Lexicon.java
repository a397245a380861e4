package dev.recon.internal.lexicon;

import dev.recon.model.EventClass;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The general English word lists recon reasons with: stop words, the abstract WordNet classes, hedges,
 * negations, classes of events and evaluative polarity. Data, not code: see {@code lexicon.json}.
 * Immutable and thread-safe.
 */
public final class Lexicon {

    /** The word lists of {@code lexicon.json}, by their key there. */
    private static final List<String> LISTS = List.of("stopwords", "abstractNounClasses", "participantNounClasses", "hedges", "negations", "titles",
            "eventHeads", "nameParticles", "attribution", "record", "clauseOpeners", "locativePrepositions",
            "relationNouns", "pairNouns", "nameHeads", "actorSenses", "nonActorFirstSenses", "placeNounClasses",
            "happeningNounClasses", "cultureNounClasses");

    private final Map<String, Set<String>> lists;
    private final Set<String> stopwords;
    private final Set<String> hedges;
    private final Set<String> negations;
    private final Set<String> titles;
    private final Set<String> eventHeads;
    private final Set<String> nameParticles;
    private final Set<String> attribution;
    private final Set<String> record;
    private final Map<String, EventClass> events;
    private final Map<String, Integer> polarity;

    private Lexicon(Map<String, Set<String>> lists, Map<String, EventClass> events, Map<String, Integer> polarity) {
        this.lists = Map.copyOf(lists);
        this.stopwords = this.lists.get("stopwords");
        this.hedges = this.lists.get("hedges");
        this.negations = this.lists.get("negations");
        this.titles = this.lists.get("titles");
        this.eventHeads = this.lists.get("eventHeads");
        this.nameParticles = this.lists.get("nameParticles");
        this.attribution = this.lists.get("attribution");
        this.record = this.lists.get("record");
        this.events = Map.copyOf(events);
        this.polarity = Map.copyOf(polarity);
    }

    /** The bundled English lexicon. */
    public static Lexicon english() {
        try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.json")) {
            if (in == null) {
                throw new IllegalStateException("lexicon.json is missing from the classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, EventClass> events = new HashMap<>();
            for (JsonNode c : root.get("eventClasses")) {
                EventClass ec = new EventClass(c.get("id").asText(), c.get("once").asBoolean(), strings(c.get("lemmas")));
                for (String l : ec.lemmas()) {
                    // the first class listing a lemma owns it, so "release" stays with "publish"
                    events.putIfAbsent(l, ec);
                }
            }
            Map<String, Integer> polarity = new HashMap<>();
            strings(root.get("polarity").get("positive")).forEach(w -> polarity.put(w, 1));
            strings(root.get("polarity").get("negative")).forEach(w -> polarity.put(w, -1));
            Map<String, Set<String>> lists = new HashMap<>();
            for (String key : LISTS) {
                JsonNode list = root.get(key);
                if (list == null) {
                    throw new IllegalStateException("lexicon.json lacks the list '" + key + "'");
                }
                lists.put(key, Set.copyOf(strings(list)));
            }
            return new Lexicon(lists, events, polarity);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lexicon", e);
        }
    }

    /** Words that open a clause of their own after a comma: "whereas", "although". */
    public boolean isClauseOpener(String word) {
        return lists.get("clauseOpeners").contains(word);
    }

    /** Prepositions after which a state's name marks a place, which outlives the state: "in", "near". */
    public boolean isLocativePreposition(String word) {
        return lists.get("locativePrepositions").contains(word);
    }

    /** Nouns that make a clause about a relationship: "relations", "ties", "alliance". */
    public boolean isRelationNoun(String lemma) {
        return lists.get("relationNouns").contains(lemma);
    }

    /**
     * A capitalised noun that, right after a known name, makes the name the start of a longer proper
     * name: "University" in "Kim Il-sung University". Exactly as written.
     */
    public boolean isNameHead(String word) {
        return lists.get("nameHeads").contains(word);
    }

    /** Nouns that, after "two" or "both", mean the pair the texts are about: "the two countries". */
    public boolean isPairNoun(String lemma) {
        return lists.get("pairNouns").contains(lemma);
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        if (array == null || !array.isArray()) {
            throw new IllegalStateException("lexicon.json: expected an array");
        }
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    public boolean isStopword(String lemma) {
        return stopwords.contains(lemma);
    }

    /** One of the word lists of {@code lexicon.json}, by its key there. */
    Set<String> list(String key) {
        Set<String> list = lists.get(key);
        if (list == null) {
            throw new IllegalArgumentException("no lexicon list '" + key + "'");
        }
        return list;
    }

    /** Words that attribute a statement: "said", "according", "cited". */
    public boolean isAttribution(String lemma) {
        return attribution.contains(lemma);
    }

    /** Words that make a statement a record claim: "first", "never", "record". */
    public boolean isRecord(String word) {
        return record.contains(word);
    }

    public boolean isHedge(String lemma) {
        return hedges.contains(lemma);
    }

    /** Honorifics and offices before a name ("mr", "president"), lower case without a full stop. */
    public boolean isTitle(String word) {
        return titles.contains(word.toLowerCase(java.util.Locale.ROOT).replace(".", ""));
    }

    /**
     * A noun that heads the name of a happening ("War" in "the Vietnam War", "Accords" in "the Geneva
     * Accords"), in any case.
     */
    public boolean isEventHead(String word) {
        return eventHeads.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** A lower-case particle inside a name ("da" in "Lula da Silva"), exactly as written. */
    public boolean isNameParticle(String word) {
        return nameParticles.contains(word);
    }

    public boolean isNegation(String lemma) {
        return negations.contains(lemma);
    }

    /**
     * The event class a word names. Tries the lemma, then regular English inflections of it, because
     * a statistical lemmatizer leaves some forms unlemmatised ("merged").
     */
    public Optional<EventClass> eventClass(String lemma) {
        for (String base : bases(lemma)) {
            EventClass ec = events.get(base);
            if (ec != null) {
                return Optional.of(ec);
            }
        }
        return Optional.empty();
    }

    /** The word itself, then candidate base forms of a regularly inflected English word. */
    public static List<String> bases(String w) {
        List<String> out = new ArrayList<>();
        out.add(w);
        int n = w.length();
        if (n > 4 && w.endsWith("ied")) {
            out.add(w.substring(0, n - 3) + "y");
        }
        if (n > 4 && w.endsWith("ies")) {
            out.add(w.substring(0, n - 3) + "y");
        }
        if (n > 3 && w.endsWith("ed")) {
            out.add(w.substring(0, n - 1));
            out.add(w.substring(0, n - 2));
            if (n > 4 && w.charAt(n - 3) == w.charAt(n - 4)) {
                out.add(w.substring(0, n - 3));
            }
        }
        if (n > 5 && w.endsWith("ing")) {
            out.add(w.substring(0, n - 3));
            out.add(w.substring(0, n - 3) + "e");
            if (w.charAt(n - 4) == w.charAt(n - 5)) {
                out.add(w.substring(0, n - 4));
            }
        }
        if (n > 3 && w.endsWith("es")) {
            out.add(w.substring(0, n - 2));
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            out.add(w.substring(0, n - 1));
        }
        return out;
    }

    /** +1 for words that speak well of a relation, -1 for words that speak ill, 0 otherwise. */
    public int polarity(String lemma) {
        return polarity.getOrDefault(lemma, 0);
    }

}
