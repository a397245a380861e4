package dev.recon.internal.source;

import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Infers the kind of a source whose kind nobody stated. Only the overview is inferred: it changes most
 * how a source's unique statements are judged, and its style gives it away (stock section headings
 * and phrases, listed in {@code overview-style.json}). Immutable and thread-safe.
 */
public final class KindInference {

    /** The byte order mark an editor may put before the first heading. */
    private static final char BOM = '\uFEFF';

    private final Set<String> headings;
    private final Set<String> phrases;
    private final int threshold;

    private KindInference(Set<String> headings, Set<String> phrases, int threshold) {
        this.headings = Set.copyOf(headings);
        this.phrases = Set.copyOf(phrases);
        this.threshold = threshold;
    }

    /** The bundled English style cues. */
    public static KindInference english() {
        try (InputStream in = KindInference.class.getResourceAsStream("overview-style.json")) {
            if (in == null) {
                throw new IllegalStateException("overview-style.json is missing from the classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            return new KindInference(strings(root.get("headings")), strings(root.get("phrases")),
                    root.get("threshold").asInt());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read overview-style.json", e);
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        array.forEach(n -> out.add(n.asText().toLowerCase(Locale.ROOT)));
        return out;
    }

    /** The source as given when its kind was stated; else with the kind its text shows. */
    public Source infer(Source s) {
        if (s.kind() != SourceKind.OTHER) {
            return s;
        }
        return cues(s.text()) >= threshold ? new Source(s.id(), s.path(), SourceKind.OVERVIEW, s.text()) : s;
    }

    /**
     * A line without its heading marks: leading '#', '*' and blanks, trailing '*', ':' and blanks. Done
     * by hand because the regex for it, {@code ^[#*\s]+|[*:\s]+$}, scans from every mark of a long run
     * of them to the end of the line, which is quadratic.
     */
    static String headingWords(String line) {
        int start = 0;
        while (start < line.length() && (line.charAt(start) == '#' || line.charAt(start) == '*'
                || isRegexSpace(line.charAt(start)))) {
            start++;
        }
        int end = line.length();
        while (end > start && (line.charAt(end - 1) == '*' || line.charAt(end - 1) == ':'
                || isRegexSpace(line.charAt(end - 1)))) {
            end--;
        }
        return line.substring(start, end);
    }

    /** What {@code \s} matches in a Java regex: the ASCII blanks. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** How many overview cues the text carries. */
    int cues(String text) {
        int n = 0;
        for (String line : text.split("\n")) {
            String h = headingWords(line.replace(BOM, ' ').strip()).toLowerCase(Locale.ROOT);
            if (headings.contains(h)) {
                n++;
            }
        }
        // a phrase broken over two lines by hard wrapping is still the phrase
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (String p : phrases) {
            for (int i = lower.indexOf(p); i >= 0; i = lower.indexOf(p, i + p.length())) {
                n++;
            }
        }
        return n;
    }
}
