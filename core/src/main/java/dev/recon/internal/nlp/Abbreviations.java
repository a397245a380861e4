package dev.recon.internal.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Abbreviations that end in a full stop without ending the sentence, and what may follow each inside
 * a sentence. The list is data ({@code abbreviations.txt}, with its sources); this class only reads
 * it and decides. Immutable and thread-safe.
 */
public final class Abbreviations {

    /** What may follow an abbreviation in the same sentence; see {@code abbreviations.txt}. */
    public enum Kind {
        TITLE, NUMBER, MONTH, TIME, ATTRIBUTIVE, OTHER
    }

    /** Time-zone codes after "p.m." are short capitals: "ET", "EDT", "AEST". */
    private static final int MAX_ZONE_LENGTH = 5;

    private final Map<String, Kind> kinds;

    private Abbreviations(Map<String, Kind> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    /** The bundled English list, read once: it is immutable, so every annotator shares it. */
    public static Abbreviations english() {
        return English.LIST;
    }

    /** Holds the bundled list, read when first asked for. */
    private static final class English {
        static final Abbreviations LIST = read();
    }

    private static Abbreviations read() {
        Map<String, Kind> kinds = new HashMap<>();
        try (InputStream in = Abbreviations.class.getResourceAsStream("abbreviations.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(
                    Objects.requireNonNull(in, "abbreviations.txt"), StandardCharsets.UTF_8));
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] parts = t.split("\\s+");
                if (parts.length != 2 || !parts[0].endsWith(".")) {
                    throw new IllegalStateException("abbreviations.txt:" + n + ": expected 'ABBR. CLASS', got '" + t + "'");
                }
                kinds.put(parts[0], Kind.valueOf(parts[1].toUpperCase(Locale.ROOT)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Abbreviations(kinds);
    }

    /** The kind of {@code word} ("Aug.", "U.S."), compared exactly, when it is a listed abbreviation. */
    public Optional<Kind> kind(String word) {
        return Optional.ofNullable(kinds.get(word));
    }

    /**
     * Whether a sentence break after {@code before} is wrong because {@code after} continues the
     * sentence.
     *
     * @param before    the text before the break, ending in the candidate abbreviation
     * @param after     the text after the break
     * @param afterIsNominal whether the first word after the break is a noun, name or adjective; asked
     *                  only after an attributive abbreviation such as "U.S.", since it needs a tagger
     */
    public boolean continues(String before, String after, BooleanSupplier afterIsNominal) {
        Optional<Kind> kind = kind(lastWord(before));
        String next = firstWord(after);
        if (kind.isEmpty() || next.isEmpty()) {
            return false;
        }
        char c = next.charAt(0);
        boolean lower = Character.isLowerCase(c);
        boolean digit = Character.isDigit(c);
        return switch (kind.get()) {
            case TITLE -> Character.isLetterOrDigit(c);
            case NUMBER -> digit;
            case MONTH, OTHER -> lower || digit;
            case TIME -> lower || digit || isZone(next);
            case ATTRIBUTIVE -> lower || digit || (Character.isUpperCase(c) && afterIsNominal.getAsBoolean());
        };
    }

    /** The last whitespace-separated word, without the brackets or quotes that open it. */
    static String lastWord(String s) {
        String t = s.strip();
        int space = t.length() - 1;
        while (space >= 0 && !Character.isWhitespace(t.charAt(space))) {
            space--;
        }
        String w = t.substring(space + 1);
        int k = 0;
        while (k < w.length() && "([{\"'“‘".indexOf(w.charAt(k)) >= 0) {
            k++;
        }
        return w.substring(k);
    }

    /** The first word, without opening brackets or quotes, up to the first character that is neither letter nor digit. */
    static String firstWord(String s) {
        String t = s.strip();
        int k = 0;
        while (k < t.length() && "([{\"'“‘".indexOf(t.charAt(k)) >= 0) {
            k++;
        }
        int e = k;
        while (e < t.length() && Character.isLetterOrDigit(t.charAt(e))) {
            e++;
        }
        return t.substring(k, e);
    }

    private static boolean isZone(String word) {
        return word.length() >= 2 && word.length() <= MAX_ZONE_LENGTH && word.chars().allMatch(Character::isUpperCase);
    }
}
