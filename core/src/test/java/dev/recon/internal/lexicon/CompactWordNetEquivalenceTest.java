package dev.recon.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recon.internal.lexicon.WordNet.WordClass;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link WordNet} over the compact form the build generates answers exactly as it did over extJWNL
 * ({@link ExtJwnlWordNet}, the former implementation): every public method, for every lemma of every
 * part of speech's index, their inflections and spellings, every exception-list entry, non-words,
 * every sense key and every synset.
 */
class CompactWordNetEquivalenceTest {

    /**
     * extJWNL serialises every look-up on its dictionary, so each thread asks an oracle of its own: on
     * CI's two cores this halves the run.
     */
    private static final int THREADS = 2;
    private static final List<ExtJwnlWordNet> oracles = new ArrayList<>();
    private static WordNet compact;
    private static Dictionary dictionary;
    /** Every lemma of every index, each once, in order. */
    private static List<String> lemmas;
    private static Set<String> lemmaSet;
    private static Set<String> actorSenses;
    private static Set<String> nonActorFirstSenses;

    @BeforeAll
    static void load() throws Exception {
        List<Future<ExtJwnlWordNet>> loading = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int t = 0; t < THREADS; t++) {
                loading.add(pool.submit(ExtJwnlWordNet::english));
            }
            for (Future<ExtJwnlWordNet> f : loading) {
                oracles.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        compact = WordNet.english();
        dictionary = oracles.get(0).dictionary();
        Set<String> all = new TreeSet<>();
        for (POS pos : POS.getAllPOS()) {
            for (Iterator<IndexWord> it = dictionary.getIndexWordIterator(pos); it.hasNext(); ) {
                all.add(it.next().getLemma());
            }
        }
        lemmas = List.copyOf(all);
        lemmaSet = Set.copyOf(all);
        Lexicon lexicon = Lexicon.english();
        actorSenses = oracles.get(0).synsets(lexicon.list("actorSenses"));
        nonActorFirstSenses = oracles.get(0).synsets(lexicon.list("nonActorFirstSenses"));
    }

    /** Mismatches found, each with the question and both answers; the first few are reported. */
    private static final class Differences {
        private final List<String> found = new ArrayList<>();
        private long compared;
        private long differing;

        <T> void same(String method, Object input, Supplier<T> extJwnl, Supplier<T> mine) {
            compared++;
            Object expected = outcome(extJwnl);
            Object actual = outcome(mine);
            if (!Objects.equals(expected, actual)) {
                differing++;
                if (found.size() < 40) {
                    found.add(method + "(" + input + "): extJWNL " + expected + ", compact " + actual);
                }
            }
        }

        /** A value, or the exception a call threw, which must be the same too. */
        private static Object outcome(Supplier<?> call) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                return e.getClass().getName() + ": " + e.getMessage();
            }
        }

        void add(Differences other) {
            compared += other.compared;
            differing += other.differing;
            found.addAll(other.found);
        }

        void assertNone(long atLeast) {
            assertThat(found).as("%d of %d answers differ", differing, compared).isEmpty();
            assertThat(compared).as("answers compared").isGreaterThanOrEqualTo(atLeast);
        }
    }

    /** A comparison of the answers to one input, asking the given oracle. */
    private interface Check<T> {
        void run(Differences d, ExtJwnlWordNet oracle, T input);
    }

    /** Runs the check on every input, the inputs dealt out to the threads, and returns what differed. */
    private static <T> Differences compare(Collection<T> inputs, Check<T> check) throws Exception {
        List<T> all = List.copyOf(inputs);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Differences>> parts = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                parts.add(pool.submit(() -> {
                    Differences d = new Differences();
                    for (int i = thread; i < all.size(); i += THREADS) {
                        check.run(d, oracles.get(thread), all.get(i));
                    }
                    return d;
                }));
            }
            Differences out = new Differences();
            for (Future<Differences> part : parts) {
                out.add(part.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    /** Every one-word question recon asks, of one word as written. */
    private static void everyMethod(Differences d, ExtJwnlWordNet o, String w) {
        for (WordClass cls : WordClass.values()) {
            d.same("concept/" + cls, w, () -> o.concept(w, cls), () -> compact.concept(w, cls));
        }
        d.same("verbBases", w, () -> o.verbBases(w), () -> compact.verbBases(w));
        d.same("isPerson", w, () -> o.isPerson(w), () -> compact.isPerson(w));
        d.same("isPlainPersonCount", w, () -> o.isPlainPersonCount(w), () -> compact.isPlainPersonCount(w));
        d.same("lexicalClass", w, () -> o.lexicalClass(w), () -> compact.lexicalClass(w));
        d.same("isNoun", w, () -> o.isNoun(w), () -> compact.isNoun(w));
        d.same("senseClasses", w, () -> o.senseClasses(w), () -> compact.senseClasses(w));
        d.same("isBridged", w, () -> o.isBridged(w), () -> compact.isBridged(w));
        d.same("isKindOf/actors/all", w, () -> o.isKindOf(w, actorSenses, false),
                () -> compact.isKindOf(w, actorSenses, false));
        d.same("isKindOf/non-actors/first", w, () -> o.isKindOf(w, nonActorFirstSenses, true),
                () -> compact.isKindOf(w, nonActorFirstSenses, true));
    }

    /**
     * The questions that reach the morphological look-up of each part of speech: the concepts (the
     * adjective's through the participle's verb bases too), the verb bases and a noun's senses.
     */
    private static void morphology(Differences d, ExtJwnlWordNet o, String w) {
        for (WordClass cls : WordClass.values()) {
            d.same("concept/" + cls, w, () -> o.concept(w, cls), () -> compact.concept(w, cls));
        }
        d.same("verbBases", w, () -> o.verbBases(w), () -> compact.verbBases(w));
        d.same("senseClasses", w, () -> o.senseClasses(w), () -> compact.senseClasses(w));
    }

    @Test
    void everyLemmaOfEveryIndex() throws Exception {
        compare(lemmas, CompactWordNetEquivalenceTest::everyMethod).assertNone(13L * lemmas.size());
        assertThat(lemmas).hasSizeGreaterThan(130_000);
    }

    /**
     * Each lemma's inflections (of its last word): one for every lemma, in turn, and all of them for every
     * tenth, asked the questions whose answers go through the morphological look-up.
     */
    @Test
    void inflectedForms() throws Exception {
        Set<String> forms = new LinkedHashSet<>();
        for (int i = 0; i < lemmas.size(); i++) {
            List<String> all = inflections(lemmas.get(i));
            if (i % 10 == 0) {
                forms.addAll(all);
            } else if (!all.isEmpty()) {
                forms.add(all.get(i % all.size()));
            }
        }
        forms.removeAll(lemmaSet);
        Differences d = compare(forms, (diff, o, w) -> {
            for (WordClass cls : List.of(WordClass.NOUN, WordClass.VERB, WordClass.ADJECTIVE)) {
                diff.same("concept/" + cls, w, () -> o.concept(w, cls), () -> compact.concept(w, cls));
            }
            diff.same("verbBases", w, () -> o.verbBases(w), () -> compact.verbBases(w));
        });
        d.assertNone(4L * 200_000);
    }

    /** Plurals, third persons, participles and comparatives, regular or not, of a lemma's last word. */
    private static List<String> inflections(String lemma) {
        List<String> out = new ArrayList<>();
        int space = Math.max(lemma.lastIndexOf(' '), lemma.lastIndexOf('-'));
        String head = lemma.substring(0, space + 1);
        String last = lemma.substring(space + 1);
        if (last.length() < 2) {
            return out;
        }
        String stem = last.substring(0, last.length() - 1);
        char end = last.charAt(last.length() - 1);
        for (String suffix : List.of("s", "es", "ed", "d", "ing", "er", "est")) {
            out.add(head + last + suffix);
        }
        if (end == 'y') {
            out.add(head + stem + "ies");
            out.add(head + stem + "ied");
            out.add(head + stem + "ier");
        }
        if (end == 'e') {
            out.add(head + stem + "ing");
        }
        if ("bdgklmnprt".indexOf(end) >= 0) {
            out.add(head + last + end + "ed");
            out.add(head + last + end + "ing");
        }
        if (last.endsWith("man")) {
            out.add(head + last.substring(0, last.length() - 3) + "men");
        }
        return out;
    }

    /**
     * Collocations of up to four words with underscores, hyphens, doubled or no spaces, hyphenated words
     * spaced or closed up (every lemma, the spellings in turn), and lemmas capitalised, in capitals or padded
     * (every tenth). extJWNL's tokenizer tries every way of joining a collocation's words, doubling its work
     * with each word: longer collocations are asked as lemmas only.
     */
    @Test
    void spellingsOfLemmas() throws Exception {
        Set<String> forms = new LinkedHashSet<>();
        for (int i = 0; i < lemmas.size(); i++) {
            String lemma = lemmas.get(i);
            if (i % 10 == 0) {
                List<String> cased = List.of(capitalised(lemma), lemma.toUpperCase(Locale.ROOT), " " + lemma + " ");
                forms.add(cased.get(i / 10 % cased.size()));
            }
            if (lemma.split("[ -]").length > 4) {
                continue;
            }
            if (lemma.indexOf(' ') >= 0) {
                List<String> spelt = List.of(lemma.replace(' ', '_'), lemma.replace(' ', '-'), lemma.replace(" ", ""),
                        lemma.replace(" ", "  "));
                forms.add(spelt.get(i % spelt.size()));
            }
            if (lemma.indexOf('-') >= 0) {
                forms.add(i % 2 == 0 ? lemma.replace('-', ' ') : lemma.replace("-", ""));
            }
        }
        forms.removeAll(lemmaSet);
        Differences d = compare(forms, (diff, o, w) -> {
            for (WordClass cls : WordClass.values()) {
                diff.same("concept/" + cls, w, () -> o.concept(w, cls), () -> compact.concept(w, cls));
            }
            diff.same("verbBases", w, () -> o.verbBases(w), () -> compact.verbBases(w));
            diff.same("senseClasses", w, () -> o.senseClasses(w), () -> compact.senseClasses(w));
        });
        d.assertNone(6L * 70_000);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Test
    void everyExceptionListEntry() throws Exception {
        Set<String> forms = new LinkedHashSet<>();
        for (POS pos : POS.getAllPOS()) {
            for (Iterator<Exc> it = dictionary.getExceptionIterator(pos); it.hasNext(); ) {
                Exc exc = it.next();
                forms.add(exc.getLemma());
                forms.add(exc.getLemma().replace(' ', '_'));
                forms.add(capitalised(exc.getLemma()));
                forms.addAll(exc.getExceptions());
            }
        }
        compare(forms, CompactWordNetEquivalenceTest::everyMethod).assertNone(13L * 5_000);
    }

    @Test
    void nonWordsAndOddInput() throws Exception {
        List<String> odd = new ArrayList<>(List.of("", " ", "  ", "\t", "_", "-", "--", "'", "''", "'s", "s", "es",
                "ies", "ed", "ing", "er", "est", "men", "123", "1990s", "3-d", "a.k.a.", "u.s.", "e-mail", "e_mail", "xqzvw",
                "qwertyuiop", "the", "of the", "visit the king", "kings of the world", "the king's men", "can't",
                "o'clock", "rock 'n' roll", "café", "naïve", "İstanbul", "straße", "ﬁre", "ΑΘΗΝΑ", "東京",
                "dog\n", "dog\tcat", "dog  house", "dog__house", "dog--house", "dog-house-boat", "a-b-c-d-e", "up-to-date",
                "state-of-the-art", "run-up", "looked_up", "looking up", "took off", "gave up on", "Killed", "KILLED",
                "killed.", "(killed)", "killed,", "dying", "died", "deaths", "injured", "wounded", "bodies",
                "fatalities", "n01740", "%", "x%1:18:00::"));
        Random random = new Random(20261123);
        for (int i = 0; i < 3000; i++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int k = 0; k < length; k++) {
                s.append("abcdefghijklmnopqrstuvwxyz  -_'.AZ09é".charAt(random.nextInt(37)));
            }
            odd.add(s.toString());
        }
        // two lemmas run together, hyphenated or spaced: the tokenizer's combinations of forms
        for (int i = 0; i < 1500; i++) {
            String a = lemmas.get(random.nextInt(lemmas.size()));
            String b = lemmas.get(random.nextInt(lemmas.size()));
            odd.add(a + "-" + b + "s");
            odd.add(a + " " + b + "ed");
        }
        compare(new LinkedHashSet<>(odd), CompactWordNetEquivalenceTest::everyMethod).assertNone(13L * 5_500);
    }

    /**
     * Each noun with a word of its hypernym, grandparent, sibling or hyponym, a random noun or itself: one
     * of them in turn, and all of them for every 40th noun.
     */
    @Test
    void kinshipOfRelatedAndUnrelatedNouns() throws Exception {
        List<String> nouns = new ArrayList<>();
        for (Iterator<IndexWord> it = dictionary.getIndexWordIterator(POS.NOUN); it.hasNext(); ) {
            nouns.add(it.next().getLemma());
        }
        Random random = new Random(11);
        List<List<String>> pairs = new ArrayList<>();
        for (int i = 0; i < nouns.size(); i++) {
            String a = nouns.get(i);
            List<String> partners = related(a);
            partners.add(nouns.get(random.nextInt(nouns.size())));
            partners.add(a);
            for (String b : i % 40 == 0 ? partners : List.of(partners.get(i % partners.size()))) {
                pairs.add(List.of(a, b));
            }
        }
        Differences d = compare(pairs, (diff, o, pair) -> diff.same("kinship", pair,
                () -> o.kinship(pair.get(0), pair.get(1)), () -> compact.kinship(pair.get(0), pair.get(1))));
        d.assertNone(117_000);
    }

    /** Words of the noun's hypernym, grandparent, sibling and hyponym, as they may come: any case, inflected. */
    private static List<String> related(String noun) throws JWNLException {
        List<String> out = new ArrayList<>();
        Synset first = dictionary.getIndexWord(POS.NOUN, noun).getSenses().get(0);
        List<Pointer> up = first.getPointers(PointerType.HYPERNYM);
        if (!up.isEmpty()) {
            Synset parent = up.get(0).getTargetSynset();
            out.add(parent.getWords().get(0).getLemma());
            List<Pointer> grand = parent.getPointers(PointerType.HYPERNYM);
            if (!grand.isEmpty()) {
                out.add(grand.get(0).getTargetSynset().getWords().get(0).getLemma() + "s");
            }
            for (Pointer p : parent.getPointers(PointerType.HYPONYM)) {
                if (p.getTargetOffset() != first.getOffset()) {
                    out.add(p.getTargetSynset().getWords().get(0).getLemma().toUpperCase(Locale.ROOT));
                    break;
                }
            }
        }
        List<Pointer> down = first.getPointers(PointerType.HYPONYM);
        if (!down.isEmpty()) {
            out.add(down.get(0).getTargetSynset().getWords().get(0).getLemma());
        }
        return out;
    }

    @Test
    void everySenseKeyAndMalformedOnes() throws Exception {
        Set<String> keys = new LinkedHashSet<>();
        for (POS pos : POS.getAllPOS()) {
            for (Iterator<Synset> it = dictionary.getSynsetIterator(pos); it.hasNext(); ) {
                for (Word w : it.next().getWords()) {
                    keys.add(w.getSenseKey());
                }
            }
        }
        List<String> odd = new ArrayList<>(List.of("", "%", ":", "leader", "leader%", "leader%1", "leader%1:",
                "leader%1:18", "leader%1:18:00", "leader%1:18:00:", "leader%1:18:00:::", "Leader%1:18:00::",
                "LEADER%1:18:00::", "leader%01:18:00::", "leader%+1:18:00::", "leader%x:18:00::", "leader%9:18:00::",
                "leader%0:18:00::", "leader%1:18:01::", " leader%1:18:00::", "leader %1:18:00::",
                "political_system%1:14:00::", "political system%1:14:00::", "Political_System%1:14:00::"));
        int i = 0;
        for (String key : keys) {
            // a sample of keys spoiled as a data file might spoil them
            if (i++ % 50 == 0) {
                odd.add(key.toUpperCase(Locale.ROOT));
                odd.add(key.replace('_', ' '));
                odd.add(key.substring(0, key.length() - 1));
                odd.add(key.contains("%5:") ? key.replace("%5:", "%3:") : key.replace("%3:", "%5:"));
            }
        }
        keys.addAll(odd);
        Differences d = compare(keys, (diff, o, key) -> diff.same("synsets", key,
                () -> o.synsets(List.of(key)), () -> compact.synsets(List.of(key))));
        List<String> many = List.copyOf(keys).subList(0, 1000);
        d.same("synsets", "1000 keys", () -> oracles.get(0).synsets(many), () -> compact.synsets(many));
        d.assertNone(200_000);
    }

    @Test
    void everySynsetDescribed() throws Exception {
        List<String> concepts = new ArrayList<>();
        for (POS pos : POS.getAllPOS()) {
            for (Iterator<Synset> it = dictionary.getSynsetIterator(pos); it.hasNext(); ) {
                concepts.add(pos.getKey() + it.next().getOffset());
            }
        }
        // keys that name nothing, and offsets written otherwise; an offset inside a synset's line is left out,
        // since extJWNL parses whatever it finds there (describe is asked only of keys concept gave)
        concepts.addAll(List.of("", "n", "v", "x1740", "N1740", "n01740", "n+1740", "nx", "n-1", "n99999999",
                "n1740.0", "n 1740", "s1740", "a0", "r99999999999999999999"));
        compare(concepts, (diff, o, c) -> diff.same("describe", c, () -> o.describe(c), () -> compact.describe(c)))
                .assertNone(117_000);
    }

    @Test
    void answersDoNotDependOnWhatWasAskedBefore() throws Exception {
        // the caches and the morphological look-up: a fresh WordNet asked in reverse order answers as the
        // shared one did in order
        WordNet fresh = WordNet.english();
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < lemmas.size(); i += 37) {
            sample.add(lemmas.get(i));
            sample.add(lemmas.get(i) + "s");
        }
        sample.forEach(w -> compact.concept(w, WordClass.NOUN));
        Differences d = new Differences();
        for (int i = sample.size() - 1; i >= 0; i--) {
            String w = sample.get(i);
            for (WordClass cls : WordClass.values()) {
                d.same("concept/" + cls + " asked first", w, () -> compact.concept(w, cls),
                        () -> fresh.concept(w, cls));
            }
            d.same("lexicalClass asked first", w, () -> compact.lexicalClass(w), () -> fresh.lexicalClass(w));
        }
        d.assertNone(5L * 7_000);
    }
}
