package dev.recon.internal.name;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Tells how two spellings of a proper name relate: the same name, a transliteration, a short form,
 * a likely misspelling, or unrelated. Works on the strings alone; callers leave names the knowledge
 * base resolves to the knowledge base. Immutable and thread-safe.
 */
public final class NameMatcher {

    /** Words shorter than this are never called misspelt: "Il" and "Un" are different names. */
    public static final int MIN_SPELLING_LETTERS = 4;
    /** Words at least this long may differ by two edits and still be one name misspelt. */
    private static final int LONG_WORD = 8;
    private static final int SHORT_WORD_EDITS = 1;
    private static final int LONG_WORD_EDITS = 2;
    /** Longer "names" are phrases a tagger ran together; comparing them word by word means little. */
    private static final int MAX_WORDS = 8;
    /** A short form must keep a word of at least this many letters: "Al" alone names nothing. */
    private static final int MIN_SHORT_FORM_LETTERS = 3;
    private static final int MIN_ACRONYM = 2;
    private static final int MAX_ACRONYM = 8;

    /** Function words that initials may skip: "the Bank of England" is "BoE" or "BE". */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "for", "in", "on", "at", "de",
            "du", "des", "la", "le", "y", "et");

    private static final LevenshteinDistance EDITS = new LevenshteinDistance(LONG_WORD_EDITS + 1);
    /**
     * Romanised forms remembered: a word is romanised once for every other spelling it is compared
     * with, each time through every rewrite rule. A pure function's cache, so sharing it across threads
     * changes no answer; it is emptied when full, so a long-lived matcher stays small.
     */
    private static final int ROMANISED_CACHE = 50_000;


    /**
     * One romanisation equivalence. {@code required} is the plain text every match contains when the
     * pattern is letters with lookarounds ("(?<=sh|zh)o" needs an "o"), else null: a word without it is
     * left as it is without running the pattern, and most words lack most of them.
     */
    private record Rewrite(Pattern pattern, String replacement, String required) {
        static Rewrite of(String regex, String replacement) {
            String core = LOOKAROUND.matcher(regex).replaceAll("");
            return new Rewrite(Pattern.compile(regex), replacement, PLAIN_LETTERS.matcher(core).matches() ? core : null);
        }

        String apply(String s) {
            return required != null && !s.contains(required) ? s : pattern.matcher(s).replaceAll(replacement);
        }
    }

    /** A lookaround without nested groups, and a pattern that is plain lower-case letters. */
    private static final Pattern LOOKAROUND = Pattern.compile("\\(\\?<?[=!][^()]*\\)");
    private static final Pattern PLAIN_LETTERS = Pattern.compile("[a-z]+");

    private final List<Rewrite> romanisation;
    private final Set<String> givenNames;
    private final java.util.Map<String, String> romanised = new java.util.concurrent.ConcurrentHashMap<>();

    private NameMatcher(List<Rewrite> romanisation, Set<String> givenNames) {
        this.romanisation = List.copyOf(romanisation);
        this.givenNames = Set.copyOf(givenNames);
    }

    /** The matcher over the bundled {@code romanisation.txt} and {@code given-names.txt}. */
    public static NameMatcher bundled() {
        List<Rewrite> rewrites = new ArrayList<>();
        for (String line : lines("romanisation.txt")) {
            String[] parts = line.split("\\s+->\\s+", -1);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new IllegalStateException("romanisation.txt: expected 'REGEX -> REPLACEMENT', got '" + line + "'");
            }
            rewrites.add(Rewrite.of(parts[0].strip(), parts[1].strip()));
        }
        return new NameMatcher(rewrites, new HashSet<>(lines("given-names.txt")));
    }

    private static List<String> lines(String resource) {
        try (InputStream in = NameMatcher.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The outcome of {@link #compare}; for a spelling, the two words that differ, folded. */
    public record Comparison(NameRelation relation, String wordA, String wordB) {

        public Comparison {
            Objects.requireNonNull(relation, "relation");
        }

        static Comparison of(NameRelation relation) {
            return new Comparison(relation, null, null);
        }
    }

    /** Relates two names as written. */
    public Comparison compare(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return Comparison.of(NameRelation.UNRELATED);
        }
        String ca = String.join("", wa);
        String cb = String.join("", wb);
        if (ca.equals(cb)) {
            return Comparison.of(NameRelation.SAME);
        }
        if (romanise(ca).equals(romanise(cb))) {
            return Comparison.of(NameRelation.TRANSLITERATION);
        }
        if (isAcronymOf(a, wb) || isAcronymOf(b, wa)) {
            return Comparison.of(NameRelation.SHORT_FORM);
        }
        if (wa.size() > MAX_WORDS || wb.size() > MAX_WORDS) {
            return Comparison.of(NameRelation.UNRELATED);
        }
        boolean aShorter = wa.size() <= wb.size();
        List<String> shorter = aShorter ? wa : wb;
        List<String> longer = aShorter ? wb : wa;
        int[] mismatch = embed(shorter, longer, 0, 0, null);
        if (mismatch == null) {
            return Comparison.of(NameRelation.UNRELATED);
        }
        if (mismatch.length == 0) {
            return shorter.stream().anyMatch(w -> w.length() >= MIN_SHORT_FORM_LETTERS)
                    ? Comparison.of(NameRelation.SHORT_FORM) : Comparison.of(NameRelation.UNRELATED);
        }
        String s = shorter.get(mismatch[0]);
        String l = longer.get(mismatch[1]);
        return aShorter ? new Comparison(NameRelation.SPELLING, s, l) : new Comparison(NameRelation.SPELLING, l, s);
    }

    /**
     * Places the words of {@code shorter} in order among those of {@code longer}, each equal after
     * romanisation except at most one misspelt pair. Null when impossible; else an empty array, or
     * the indexes of the misspelt pair. An exact placement wins over one with a misspelling.
     */
    private int[] embed(List<String> shorter, List<String> longer, int i, int j, int[] used) {
        if (i == shorter.size()) {
            return used == null ? new int[0] : used;
        }
        int[] withMisspelling = null;
        for (int k = j; k <= longer.size() - (shorter.size() - i); k++) {
            String x = shorter.get(i);
            String y = longer.get(k);
            if (romanise(x).equals(romanise(y))) {
                int[] r = embed(shorter, longer, i + 1, k + 1, used);
                if (r != null && r.length == 0) {
                    return r;
                }
                if (r != null && withMisspelling == null) {
                    withMisspelling = r;
                }
            } else if (used == null && withMisspelling == null && isMisspelling(x, y)) {
                withMisspelling = embed(shorter, longer, i + 1, k + 1, new int[] {i, k});
            }
        }
        return withMisspelling;
    }

    /**
     * True when two different folded words look like one word misspelt: long enough, the same first
     * letter, neither a prefix of the other (that is a derived word: "Nepal", "Nepali"), not two
     * common given names ("John", "Joan"), and one or two edits apart, a swap of neighbours counting
     * as one ("Tchaikovksy").
     */
    public boolean isMisspelling(String x, String y) {
        if (x.equals(y) || Math.min(x.length(), y.length()) < MIN_SPELLING_LETTERS
                || x.chars().anyMatch(Character::isDigit) || y.chars().anyMatch(Character::isDigit)
                || x.charAt(0) != y.charAt(0) || x.startsWith(y) || y.startsWith(x)
                || (givenNames.contains(x) && givenNames.contains(y)) || romanise(x).equals(romanise(y))) {
            return false;
        }
        int allowed = Math.min(x.length(), y.length()) >= LONG_WORD ? LONG_WORD_EDITS : SHORT_WORD_EDITS;
        int d = EDITS.apply(x, y);
        if (d == 2 && isOneSwap(x, y)) {
            d = 1;
        }
        return d >= 1 && d <= allowed;
    }

    private static boolean isOneSwap(String x, String y) {
        if (x.length() != y.length()) {
            return false;
        }
        int first = -1;
        for (int k = 0; k < x.length(); k++) {
            if (x.charAt(k) != y.charAt(k)) {
                first = k;
                break;
            }
        }
        return first >= 0 && first + 1 < x.length() && x.charAt(first) == y.charAt(first + 1)
                && x.charAt(first + 1) == y.charAt(first)
                && x.substring(first + 2).equals(y.substring(first + 2));
    }

    /** "AP" for "the Associated Press": an upper-case token that spells the initials of the other name. */
    private static boolean isAcronymOf(String written, List<String> words) {
        String t = written.strip();
        if (t.length() < MIN_ACRONYM || t.length() > MAX_ACRONYM || words.size() < 2
                || !t.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        StringBuilder all = new StringBuilder();
        StringBuilder content = new StringBuilder();
        for (String w : words) {
            all.append(w.charAt(0));
            if (!FUNCTION_WORDS.contains(w)) {
                content.append(w.charAt(0));
            }
        }
        return lower.contentEquals(all) || lower.contentEquals(content);
    }

    /** A common given name ("john"), folded. */
    public boolean isGivenName(String folded) {
        return givenNames.contains(folded);
    }

    // compiled once: names are folded for every pair of spellings compared
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern APOSTROPHES = Pattern.compile("[’'ʼ`´]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * The words of a name, folded: lower case, without diacritics, split at anything that is not a
     * letter or digit, without a leading "the". "Pryp’yat" gives one word, "prypyat".
     */
    public static List<String> words(String name) {
        String s = APOSTROPHES.matcher(MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll(""))
                .replaceAll("").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(Arrays.asList(NOT_WORD.split(s)));
        out.removeIf(String::isEmpty);
        if (out.size() > 1 && out.get(0).equals("the")) {
            out.remove(0);
        }
        return out;
    }

    /** The folded name as one string: equal for "9N-ANC" and "9N ANC", or "Ceaușescu" and "Ceausescu". */
    public static String fold(String name) {
        return String.join("", words(name));
    }

    /** A folded word or name rewritten by the romanisation equivalences, to compare, never to show. */
    public String romanise(String folded) {
        String known = romanised.get(folded);
        if (known != null) {
            return known;
        }
        if (romanised.size() >= ROMANISED_CACHE) {
            romanised.clear();
        }
        String s = folded;
        for (Rewrite r : romanisation) {
            s = r.apply(s);
        }
        romanised.put(folded, s);
        return s;
    }
}
