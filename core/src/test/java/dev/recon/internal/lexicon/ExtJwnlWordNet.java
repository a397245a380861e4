package dev.recon.internal.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recon.internal.lexicon.WordNet.Kinship;
import dev.recon.internal.lexicon.WordNet.WordClass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Collection;
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
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * The extJWNL-backed {@link WordNet} that recon used before it read the compact form the build generates:
 * the oracle of {@code CompactWordNetEquivalenceTest}. The method bodies are those of the last version of
 * {@code WordNet} that read WordNet through extJWNL; only the class name changed, and the enums are
 * {@link WordNet}'s, so that answers compare directly.
 */
final class ExtJwnlWordNet {

    private final Dictionary dictionary;
    private final Map<String, String> bridges;
    private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> lexicalClasses = new ConcurrentHashMap<>();
    private final String person;
    private final String people;

    private ExtJwnlWordNet(Dictionary dictionary, Map<String, String> bridges) {
        this.dictionary = dictionary;
        this.bridges = Map.copyOf(bridges);
        this.person = firstSense("person", POS.NOUN).map(s -> "n" + s.getOffset()).orElse("");
        this.people = firstSense("people", POS.NOUN).map(s -> "n" + s.getOffset()).orElse("");
    }

    /** extJWNL's dictionary, for the test to enumerate what it compares. */
    Dictionary dictionary() {
        return dictionary;
    }

    /** The bundled WordNet 3.1 with recon's bridges. */
    static ExtJwnlWordNet english() {
        try {
            return new ExtJwnlWordNet(Dictionary.getDefaultResourceInstance(), readBridges());
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot load WordNet", e);
        }
    }

    private static Map<String, String> readBridges() {
        try (InputStream in = ExtJwnlWordNet.class.getResourceAsStream("concept-bridges.json")) {
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
        Optional<String> out;
        synchronized (dictionary) {
            out = compute(word, cls);
        }
        cache.put(key, out);
        return out;
    }

    /**
     * A word naming a concept for messages: the noun of a verb concept ("death" for the concept of
     * "die" and "kill", "injury" for "injure"), else the concept's first word.
     */
    public Optional<String> describe(String concept) {
        if (concept.length() < 2) {
            return Optional.empty();
        }
        POS pos = switch (concept.charAt(0)) {
            case 'v' -> POS.VERB;
            case 'n' -> POS.NOUN;
            case 'a' -> POS.ADJECTIVE;
            case 'r' -> POS.ADVERB;
            default -> null;
        };
        if (pos == null) {
            return Optional.empty();
        }
        synchronized (dictionary) {
            try {
                Synset s = dictionary.getSynsetAt(pos, Long.parseLong(concept.substring(1)));
                if (s == null) {
                    return Optional.empty();
                }
                String first = s.getWords().get(0).getLemma();
                if (pos == POS.VERB) {
                    for (Pointer p : s.getPointers(PointerType.DERIVATION)) {
                        // the happening's noun ("death", "attendance"), not its agent ("killer", "attendant")
                        if (p.isLexical() && p.getSource() instanceof Word w && w.getLemma().equals(first)
                                && p.getTargetSynset().getPOS() == POS.NOUN
                                && !p.getTargetSynset().getLexFileName().equals("noun.person")
                                && p.getTarget() instanceof Word t) {
                            return Optional.of(t.getLemma());
                        }
                    }
                }
                return Optional.of(first);
            } catch (JWNLException | NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    /** The base forms WordNet knows for a verb form: "rose" → [rise], "killed" → [kill]. */
    public List<String> verbBases(String word) {
        synchronized (dictionary) {
            try {
                return List.copyOf(dictionary.getMorphologicalProcessor().lookupAllBaseForms(POS.VERB,
                        word.toLowerCase(Locale.ROOT)));
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet look-up failed for " + word, e);
            }
        }
    }

    /** Hypernym levels walked when relating two kinds. */
    private static final int KIN_DEPTH = 8;

    /**
     * How the usual senses of two nouns relate: "ship" is broader than "frigate"; "frigate" and
     * "destroyer" are siblings (kinds of warship), so one thing cannot be both.
     */
    public Kinship kinship(String a, String b) {
        synchronized (dictionary) {
            Optional<Synset> x = firstSense(a.toLowerCase(Locale.ROOT), POS.NOUN);
            Optional<Synset> y = firstSense(b.toLowerCase(Locale.ROOT), POS.NOUN);
            if (x.isEmpty() || y.isEmpty()) {
                return Kinship.UNKNOWN;
            }
            if (x.get().getOffset() == y.get().getOffset()) {
                return Kinship.SAME;
            }
            java.util.Set<Long> upX = ancestors(x.get());
            java.util.Set<Long> upY = ancestors(y.get());
            if (upY.contains(x.get().getOffset())) {
                return Kinship.BROADER;
            }
            if (upX.contains(y.get().getOffset())) {
                return Kinship.NARROWER;
            }
            java.util.Set<Long> parentsX = parents(x.get());
            return parents(y.get()).stream().anyMatch(parentsX::contains) ? Kinship.SIBLING : Kinship.UNRELATED;
        }
    }

    private static java.util.Set<Long> parents(Synset s) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
            try {
                out.add(p.getTargetOffset());
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet look-up failed", e);
            }
        }
        return out;
    }

    private static java.util.Set<Long> ancestors(Synset s) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        java.util.List<Synset> level = List.of(s);
        for (int d = 0; d < KIN_DEPTH && !level.isEmpty(); d++) {
            java.util.List<Synset> next = new java.util.ArrayList<>();
            for (Synset x : level) {
                for (Pointer p : x.getPointers(PointerType.HYPERNYM)) {
                    try {
                        Synset t = p.getTargetSynset();
                        if (out.add(t.getOffset())) {
                            next.add(t);
                        }
                    } catch (JWNLException e) {
                        throw new IllegalStateException("WordNet look-up failed", e);
                    }
                }
            }
            level = next;
        }
        return out;
    }

    /** True when the noun's usual sense is a person: roles of one person ("president", "leader") may all hold. */
    public boolean isPerson(String noun) {
        synchronized (dictionary) {
            return firstSense(noun.toLowerCase(Locale.ROOT), POS.NOUN).map(x -> x.getLexFileName().equals("noun.person"))
                    .orElse(false);
        }
    }

    /** True when the word's concept comes from {@code concept-bridges.json} rather than from WordNet. */
    public boolean isBridged(String word) {
        return bridges.containsKey(word.toLowerCase(Locale.ROOT).strip());
    }

    /** True for words that count people without saying anything about them: "people", "individuals". */
    public boolean isPlainPersonCount(String noun) {
        Optional<Synset> s;
        synchronized (dictionary) {
            s = firstSense(noun.toLowerCase(Locale.ROOT), POS.NOUN);
        }
        return s.map(x -> ("n" + x.getOffset()).equals(person) || ("n" + x.getOffset()).equals(people)).orElse(false);
    }

    /**
     * The lexicographer class of a common noun's first (most frequent) sense, as WordNet names it
     * ("noun.cognition", "noun.artifact"); empty for a word WordNet lacks or knows only as a name.
     */
    public Optional<String> lexicalClass(String noun) {
        return lexicalClasses.computeIfAbsent(noun.toLowerCase(Locale.ROOT), w -> {
            synchronized (dictionary) {
                return firstSense(w, POS.NOUN).filter(s -> s.getWords().stream().anyMatch(x -> x.getLemma().equals(w)))
                        .map(Synset::getLexFileName);
            }
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
        synchronized (dictionary) {
            for (String key : senseKeys) {
                try {
                    Word w = dictionary.getWordBySenseKey(key);
                    if (w == null) {
                        throw new IllegalArgumentException("WordNet has no sense '" + key + "'");
                    }
                    out.add(key(w.getSynset()));
                } catch (JWNLException e) {
                    throw new IllegalStateException("WordNet look-up failed for " + key, e);
                }
            }
        }
        return Set.copyOf(out);
    }

    /** True when WordNet knows the words ("minister", "prime minister") as a common noun. */
    public boolean isNoun(String noun) {
        return !nounSenses(noun).isEmpty();
    }

    /**
     * True when a sense of the common noun is one of {@code synsets} or a kind of one (by hypernyms
     * and instance hypernyms): all senses when {@code firstOnly} is false, else only the most frequent.
     */
    public boolean isKindOf(String noun, Set<String> synsets, boolean firstOnly) {
        List<Synset> senses = nounSenses(noun);
        synchronized (dictionary) {
            for (Synset s : firstOnly ? senses.subList(0, Math.min(1, senses.size())) : senses) {
                if (reaches(s, synsets)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The lexicographer classes of all of a common noun's senses, most frequent first. */
    public List<String> senseClasses(String noun) {
        return nounSenses(noun).stream().map(Synset::getLexFileName).toList();
    }

    /**
     * The noun's senses, most frequent first; empty when WordNet lacks it. A single word the tagger
     * left unlemmatised ("buildings") is looked up by its base form.
     */
    private List<Synset> nounSenses(String noun) {
        String w = noun.toLowerCase(Locale.ROOT).strip();
        if (w.isEmpty()) {
            return List.of();
        }
        synchronized (dictionary) {
            try {
                IndexWord iw = dictionary.getIndexWord(POS.NOUN, w);
                // a collocation is looked up as written: the morphological look-up would find "king" in "visit the king"
                if (iw == null && w.indexOf(' ') < 0) {
                    iw = dictionary.lookupIndexWord(POS.NOUN, w);
                }
                return iw == null ? List.of() : List.copyOf(iw.getSenses());
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet look-up failed for " + w, e);
            }
        }
    }

    /** Walks hypernyms upwards; the noun hierarchy is a finite acyclic graph, so the walk ends. */
    private static boolean reaches(Synset start, Set<String> targets) {
        Set<Long> seen = new HashSet<>();
        Deque<Synset> todo = new ArrayDeque<>(List.of(start));
        try {
            while (!todo.isEmpty()) {
                Synset s = todo.pop();
                if (!seen.add(s.getOffset())) {
                    continue;
                }
                if (targets.contains(key(s))) {
                    return true;
                }
                for (Pointer p : s.getPointers()) {
                    if (p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM) {
                        todo.push(p.getTargetSynset());
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet look-up failed", e);
        }
        return false;
    }

    private static String key(Synset s) {
        return s.getPOS().getKey() + s.getOffset();
    }

    private Optional<String> compute(String word, WordClass cls) {
        String bridged = bridges.get(word);
        if (bridged != null) {
            String[] parts = bridged.split("/");
            return compute(parts[0], WordClass.valueOf(parts[1].toUpperCase(Locale.ROOT)));
        }
        return switch (cls) {
            case NOUN -> firstSense(word, POS.NOUN).map(this::nounConcept);
            case VERB -> firstSense(word, POS.VERB).map(s -> verbConcept(s));
            case ADJECTIVE -> participle(word).or(() -> firstSense(word, POS.ADJECTIVE).map(s -> "a" + s.getOffset()));
            case ADVERB -> firstSense(word, POS.ADVERB).map(s -> "r" + s.getOffset());
        };
    }

    /** "injured", "killed": an adjective that is a verb's participle names what the verb names. */
    private Optional<String> participle(String word) {
        if (!(word.endsWith("ed") || word.endsWith("en"))) {
            return Optional.empty();
        }
        try {
            List<String> bases = dictionary.getMorphologicalProcessor().lookupAllBaseForms(POS.VERB, word);
            for (String base : bases) {
                if (!base.equals(word)) {
                    Optional<Synset> s = firstSense(base, POS.VERB);
                    if (s.isPresent()) {
                        return Optional.of(verbConcept(s.get()));
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet look-up failed for " + word, e);
        }
        return Optional.empty();
    }

    /** A verb's concept is itself, or what it causes: "kill" causes "die". */
    private static String verbConcept(Synset verb) {
        List<Pointer> causes = verb.getPointers(PointerType.CAUSE);
        try {
            return "v" + (causes.isEmpty() ? verb.getOffset() : causes.get(0).getTargetOffset());
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet look-up failed", e);
        }
    }

    /**
     * A noun that derives from a verb ("death" from "die", "injury" from "injure") names the verb's
     * concept; an event noun without one takes its hypernym's ("fatality" is a death).
     */
    private String nounConcept(Synset noun) {
        Optional<String> own = derivedVerb(noun);
        if (own.isPresent()) {
            return own.get();
        }
        String lex = noun.getLexFileName();
        if (lex.equals("noun.event") || lex.equals("noun.state")) {
            for (Pointer p : noun.getPointers(PointerType.HYPERNYM)) {
                try {
                    Optional<String> up = derivedVerb(p.getTargetSynset());
                    if (up.isPresent()) {
                        return up.get();
                    }
                } catch (JWNLException e) {
                    throw new IllegalStateException("WordNet look-up failed", e);
                }
            }
        }
        return "n" + noun.getOffset();
    }

    /** The verb a noun's own word derives from, judged by the noun's first (most frequent) word. */
    private static Optional<String> derivedVerb(Synset noun) {
        String head = noun.getWords().get(0).getLemma();
        for (Pointer p : noun.getPointers(PointerType.DERIVATION)) {
            try {
                if (!p.isLexical() || !(p.getSource() instanceof Word w) || !w.getLemma().equalsIgnoreCase(head)) {
                    continue;
                }
                Synset target = p.getTargetSynset();
                if (target.getPOS() == POS.VERB) {
                    return Optional.of(verbConcept(target));
                }
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet look-up failed", e);
            }
        }
        return Optional.empty();
    }

    private Optional<Synset> firstSense(String word, POS pos) {
        try {
            IndexWord iw = dictionary.getIndexWord(pos, word);
            if (iw == null) {
                iw = dictionary.lookupIndexWord(pos, word);
            }
            if (iw == null || iw.getSenses().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(iw.getSenses().get(0));
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet look-up failed for " + word, e);
        }
    }
}
