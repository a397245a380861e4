package dev.recon.internal.lexicon;

import static dev.recon.internal.lexicon.CompactWordNet.ADJECTIVE;
import static dev.recon.internal.lexicon.CompactWordNet.ADVERB;
import static dev.recon.internal.lexicon.CompactWordNet.CAUSE;
import static dev.recon.internal.lexicon.CompactWordNet.DERIVATION;
import static dev.recon.internal.lexicon.CompactWordNet.HYPERNYM;
import static dev.recon.internal.lexicon.CompactWordNet.INSTANCE_HYPERNYM;
import static dev.recon.internal.lexicon.CompactWordNet.NOUN;
import static dev.recon.internal.lexicon.CompactWordNet.VERB;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WordNet 3.1 reduced to the one question recon asks of it: do two words name the same thing that a
 * figure counts? "killed", "died" and "death" share a concept (kill causes die, and death derives from
 * die); so do "injured", "wounded" and "injury", and "Nepali" and "Nepalese".
 *
 * <p>A concept is the verb synset a word names or derives from, else the word's own first synset.
 * A few news idioms whose words WordNet does not connect ("claimed the lives of", "bodies recovered")
 * are bridged by {@code concept-bridges.json}, which maps a word to the word whose concept it takes.
 *
 * <p>Loaded once (about 50 ms and 10 MB) from the compact WordNet that the build generates from the same
 * WordNet 3.1 data through extJWNL ({@link CompactWordNet}), and answering as extJWNL did. Thread-safe:
 * the data is immutable and the look-ups' caches are concurrent.
 */
public final class WordNet {

    /** Part of speech of a word to look up. */
    public enum WordClass { NOUN, VERB, ADJECTIVE, ADVERB }

    private final CompactWordNet data;
    private final Map<String, String> bridges;
    private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> lexicalClasses = new ConcurrentHashMap<>();
    private final String person;
    private final String people;

    private WordNet(CompactWordNet data, Map<String, String> bridges) {
        this.data = data;
        this.bridges = Map.copyOf(bridges);
        int p = firstSense("person", NOUN);
        this.person = p < 0 ? "" : "n" + data.offset(p);
        p = firstSense("people", NOUN);
        this.people = p < 0 ? "" : "n" + data.offset(p);
    }

    /** The bundled WordNet 3.1 with recon's bridges. */
    public static WordNet english() {
        return new WordNet(CompactWordNet.load(), readBridges());
    }

    private static Map<String, String> readBridges() {
        try (InputStream in = WordNet.class.getResourceAsStream("concept-bridges.json")) {
            if (in == null) {
                throw new IllegalStateException("concept-bridges.json is missing from the classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, String> out = new HashMap<>();
            root.get("bridges").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().get("as").asText()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read concept-bridges.json", e);
        }
    }

    /**
     * The concept a word names, as an opaque key: equal keys mean the words count the same thing.
     * Empty when WordNet does not know the word in that class.
     */
    public Optional<String> concept(String lemma, WordClass cls) {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(cls, "cls");
        String word = lemma.toLowerCase(Locale.ROOT).strip();
        String key = cls + ":" + word;
        Optional<String> hit = cache.get(key);
        if (hit != null) {
            return hit;
        }
        Optional<String> out = compute(word, cls);
        cache.put(key, out);
        return out;
    }

    /**
     * A word naming a concept for messages: the noun of a verb concept ("death" for the concept of
     * "die" and "kill", "injury" for "injure"), else the concept's first word. Empty for a key that
     * names no synset.
     */
    public Optional<String> describe(String concept) {
        if (concept.length() < 2) {
            return Optional.empty();
        }
        int pos = switch (concept.charAt(0)) {
            case 'v' -> VERB;
            case 'n' -> NOUN;
            case 'a' -> ADJECTIVE;
            case 'r' -> ADVERB;
            default -> -1;
        };
        if (pos < 0) {
            return Optional.empty();
        }
        int s;
        try {
            s = data.synsetAt(pos, Long.parseLong(concept.substring(1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (s < 0) {
            return Optional.empty();
        }
        String first = data.lemma(s, 0);
        if (pos == VERB) {
            for (int p = data.firstPointer(s); p < data.endPointer(s); p++) {
                int source = data.pointerSource(p);
                int target = data.pointerTarget(p);
                // the happening's noun ("death", "attendance"), not its agent ("killer", "attendant")
                if (data.pointerType(p) == DERIVATION && source >= 0 && data.pointerTargetWord(p) >= 0
                        && data.lemma(s, source).equals(first) && data.pos(target) == NOUN
                        && !"noun.person".equals(data.lexFileName(target))) {
                    return Optional.of(data.lemma(target, data.pointerTargetWord(p)));
                }
            }
        }
        return Optional.of(first);
    }

    /** The base forms WordNet knows for a verb form: "rose" → [rise], "killed" → [kill]. */
    public List<String> verbBases(String word) {
        return List.copyOf(data.allBaseForms(VERB, word.toLowerCase(Locale.ROOT)));
    }

    /** How two class nouns relate as kinds of thing. */
    public enum Kinship { SAME, BROADER, NARROWER, SIBLING, UNRELATED, UNKNOWN }

    /** Hypernym levels walked when relating two kinds. */
    private static final int KIN_DEPTH = 8;

    /**
     * How the usual senses of two nouns relate: "ship" is broader than "frigate"; "frigate" and
     * "destroyer" are siblings (kinds of warship), so one thing cannot be both.
     */
    public Kinship kinship(String a, String b) {
        int x = firstSense(a.toLowerCase(Locale.ROOT), NOUN);
        int y = firstSense(b.toLowerCase(Locale.ROOT), NOUN);
        if (x < 0 || y < 0) {
            return Kinship.UNKNOWN;
        }
        if (data.offset(x) == data.offset(y)) {
            return Kinship.SAME;
        }
        Set<Long> upX = ancestors(x);
        Set<Long> upY = ancestors(y);
        if (upY.contains(data.offset(x))) {
            return Kinship.BROADER;
        }
        if (upX.contains(data.offset(y))) {
            return Kinship.NARROWER;
        }
        Set<Long> parentsX = parents(x);
        return parents(y).stream().anyMatch(parentsX::contains) ? Kinship.SIBLING : Kinship.UNRELATED;
    }

    /** A hypernym, or an instance's: extJWNL counted both as hypernyms, so recon's answers do too. */
    private boolean isHypernym(int pointer) {
        int type = data.pointerType(pointer);
        return type == HYPERNYM || type == INSTANCE_HYPERNYM;
    }

    private Set<Long> parents(int s) {
        Set<Long> out = new HashSet<>();
        for (int p = data.firstPointer(s); p < data.endPointer(s); p++) {
            if (isHypernym(p)) {
                out.add(data.offset(data.pointerTarget(p)));
            }
        }
        return out;
    }

    private Set<Long> ancestors(int s) {
        Set<Long> out = new HashSet<>();
        List<Integer> level = List.of(s);
        for (int d = 0; d < KIN_DEPTH && !level.isEmpty(); d++) {
            List<Integer> next = new ArrayList<>();
            for (int x : level) {
                for (int p = data.firstPointer(x); p < data.endPointer(x); p++) {
                    if (isHypernym(p)) {
                        int t = data.pointerTarget(p);
                        if (out.add(data.offset(t))) {
                            next.add(t);
                        }
                    }
                }
            }
            level = next;
        }
        return out;
    }

    /** True when the noun's usual sense is a person: roles of one person ("president", "leader") may all hold. */
    public boolean isPerson(String noun) {
        int s = firstSense(noun.toLowerCase(Locale.ROOT), NOUN);
        return s >= 0 && "noun.person".equals(data.lexFileName(s));
    }

    /** True when the word's concept comes from {@code concept-bridges.json} rather than from WordNet. */
    public boolean isBridged(String word) {
        return bridges.containsKey(word.toLowerCase(Locale.ROOT).strip());
    }

    /** True for words that count people without saying anything about them: "people", "individuals". */
    public boolean isPlainPersonCount(String noun) {
        int s = firstSense(noun.toLowerCase(Locale.ROOT), NOUN);
        return s >= 0 && (("n" + data.offset(s)).equals(person) || ("n" + data.offset(s)).equals(people));
    }

    /**
     * The lexicographer class of a common noun's first (most frequent) sense, as WordNet names it
     * ("noun.cognition", "noun.artifact"); empty for a word WordNet lacks or knows only as a name.
     */
    public Optional<String> lexicalClass(String noun) {
        return lexicalClasses.computeIfAbsent(noun.toLowerCase(Locale.ROOT), w -> {
            int s = firstSense(w, NOUN);
            if (s < 0) {
                return Optional.empty();
            }
            for (int i = 0; i < data.wordCount(s); i++) {
                if (data.lemma(s, i).equals(w)) {
                    return Optional.ofNullable(data.lexFileName(s));
                }
            }
            return Optional.empty();
        });
    }

    /**
     * The synsets that WordNet sense keys name ("leader%1:18:00::" is the sense of "leader" that is a
     * person who rules or guides), as opaque keys for {@link #isKindOf}. Sense keys are WordNet's
     * stable names for senses, so a data file can cite them.
     *
     * @throws IllegalArgumentException naming a sense key that WordNet does not know
     */
    public Set<String> synsets(Collection<String> senseKeys) {
        Set<String> out = new HashSet<>();
        for (String key : senseKeys) {
            int s = data.synsetBySenseKey(key);
            if (s < 0) {
                throw new IllegalArgumentException("WordNet has no sense '" + key + "'");
            }
            out.add(data.key(s));
        }
        return Set.copyOf(out);
    }

    /** True when WordNet knows the words ("minister", "prime minister") as a common noun. */
    public boolean isNoun(String noun) {
        return nounSenses(noun).length > 0;
    }

    /**
     * True when a sense of the common noun is one of {@code synsets} or a kind of one (by hypernyms
     * and instance hypernyms): all senses when {@code firstOnly} is false, else only the most frequent.
     */
    public boolean isKindOf(String noun, Set<String> synsets, boolean firstOnly) {
        int[] senses = nounSenses(noun);
        for (int i = 0; i < (firstOnly ? Math.min(1, senses.length) : senses.length); i++) {
            if (reaches(senses[i], synsets)) {
                return true;
            }
        }
        return false;
    }

    /** The lexicographer classes of all of a common noun's senses, most frequent first. */
    public List<String> senseClasses(String noun) {
        List<String> out = new ArrayList<>();
        for (int s : nounSenses(noun)) {
            out.add(data.lexFileName(s));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The noun's senses, most frequent first; empty when WordNet lacks it. A single word the tagger
     * left unlemmatised ("buildings") is looked up by its base form.
     */
    private int[] nounSenses(String noun) {
        String w = noun.toLowerCase(Locale.ROOT).strip();
        if (w.isEmpty()) {
            return new int[0];
        }
        int entry = data.indexWord(NOUN, w);
        // a collocation is looked up as written: the morphological look-up would find "king" in "visit the king"
        if (entry < 0 && w.indexOf(' ') < 0) {
            entry = data.lookupIndexWord(NOUN, w);
        }
        if (entry < 0) {
            return new int[0];
        }
        int[] out = new int[data.senseCount(NOUN, entry)];
        for (int i = 0; i < out.length; i++) {
            out[i] = data.sense(NOUN, entry, i);
        }
        return out;
    }

    /** Walks hypernyms upwards; the noun hierarchy is a finite acyclic graph, so the walk ends. */
    private boolean reaches(int start, Set<String> targets) {
        Set<Long> seen = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            int s = todo.pop();
            if (!seen.add(data.offset(s))) {
                continue;
            }
            if (targets.contains(data.key(s))) {
                return true;
            }
            for (int p = data.firstPointer(s); p < data.endPointer(s); p++) {
                if (isHypernym(p)) {
                    todo.push(data.pointerTarget(p));
                }
            }
        }
        return false;
    }

    private Optional<String> compute(String word, WordClass cls) {
        String bridged = bridges.get(word);
        if (bridged != null) {
            String[] parts = bridged.split("/");
            return compute(parts[0], WordClass.valueOf(parts[1].toUpperCase(Locale.ROOT)));
        }
        return switch (cls) {
            case NOUN -> firstSenseOf(word, NOUN).map(this::nounConcept);
            case VERB -> firstSenseOf(word, VERB).map(this::verbConcept);
            case ADJECTIVE -> participle(word).or(() -> firstSenseOf(word, ADJECTIVE).map(s -> "a" + data.offset(s)));
            case ADVERB -> firstSenseOf(word, ADVERB).map(s -> "r" + data.offset(s));
        };
    }

    /** "injured", "killed": an adjective that is a verb's participle names what the verb names. */
    private Optional<String> participle(String word) {
        if (!(word.endsWith("ed") || word.endsWith("en"))) {
            return Optional.empty();
        }
        for (String base : data.allBaseForms(VERB, word)) {
            if (!base.equals(word)) {
                int s = firstSense(base, VERB);
                if (s >= 0) {
                    return Optional.of(verbConcept(s));
                }
            }
        }
        return Optional.empty();
    }

    /** A verb's concept is itself, or what it causes: "kill" causes "die". */
    private String verbConcept(int verb) {
        for (int p = data.firstPointer(verb); p < data.endPointer(verb); p++) {
            if (data.pointerType(p) == CAUSE) {
                return "v" + data.offset(data.pointerTarget(p));
            }
        }
        return "v" + data.offset(verb);
    }

    /**
     * A noun that derives from a verb ("death" from "die", "injury" from "injure") names the verb's
     * concept; an event noun without one takes its hypernym's ("fatality" is a death).
     */
    private String nounConcept(int noun) {
        Optional<String> own = derivedVerb(noun);
        if (own.isPresent()) {
            return own.get();
        }
        String lex = data.lexFileName(noun);
        if (lex.equals("noun.event") || lex.equals("noun.state")) {
            for (int p = data.firstPointer(noun); p < data.endPointer(noun); p++) {
                if (isHypernym(p)) {
                    Optional<String> up = derivedVerb(data.pointerTarget(p));
                    if (up.isPresent()) {
                        return up.get();
                    }
                }
            }
        }
        return "n" + data.offset(noun);
    }

    /** The verb a noun's own word derives from, judged by the noun's first (most frequent) word. */
    private Optional<String> derivedVerb(int noun) {
        String head = data.lemma(noun, 0);
        for (int p = data.firstPointer(noun); p < data.endPointer(noun); p++) {
            int source = data.pointerSource(p);
            if (data.pointerType(p) != DERIVATION || source < 0 || data.pointerTargetWord(p) < 0
                    || !data.lemma(noun, source).equalsIgnoreCase(head)) {
                continue;
            }
            int target = data.pointerTarget(p);
            if (data.pos(target) == VERB) {
                return Optional.of(verbConcept(target));
            }
        }
        return Optional.empty();
    }

    private Optional<Integer> firstSenseOf(String word, int pos) {
        int s = firstSense(word, pos);
        return s < 0 ? Optional.empty() : Optional.of(s);
    }

    /** The word's most frequent synset in that part of speech, by its base form if need be; -1 if none. */
    private int firstSense(String word, int pos) {
        int entry = data.indexWord(pos, word);
        if (entry < 0) {
            entry = data.lookupIndexWord(pos, word);
        }
        return entry < 0 || data.senseCount(pos, entry) == 0 ? -1 : data.sense(pos, entry, 0);
    }
}
