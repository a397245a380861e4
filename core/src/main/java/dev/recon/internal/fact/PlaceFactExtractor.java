package dev.recon.internal.fact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recon.model.Claim;
import dev.recon.model.Token;
import dev.recon.model.Quantity;
import dev.recon.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads relative places from claims, in the four shapes English gives them: a compass point and "of"
 * ("65 miles north of Kiev", "north-west of the city of Chernobyl"), the same inside the anchor ("in the
 * north of Ukraine"), a compass adjective before a name ("northern Ukraine") and a possessive with an
 * area noun ("the capital's northern suburbs"). The words are data, in {@code places.json}.
 *
 * <p>What is placed is the name or noun phrase just before the relative place, past its distance and
 * words like "located"; in "X, 10 km west of A and 60 km north of B" both places are X's. Capitalised
 * compass words that begin a name ("North Korea", "Northern Ireland") are names, not places.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlaceFactExtractor {

    /** How far back, in tokens, the located thing may stand before its relative place. */
    private static final int LOCATED_REACH = 10;
    /** Longest run of words taken as the located thing's name or noun phrase. */
    private static final int LOCATED_WORDS = 4;

    private final Map<String, Double> bearings;
    private final Map<String, Double> adjectives;
    /**
     * Every prefix of a compass word of either table: most tokens begin none, and reading stops at the
     * first that cannot grow into one, since this runs at every token of every claim.
     */
    private final Set<String> compassPrefixes;
    private final Set<String> areaNouns;
    private final Set<String> filler;

    private PlaceFactExtractor(JsonNode root) {
        this.bearings = degrees(root.get("bearings"));
        this.adjectives = degrees(root.get("adjectives"));
        Set<String> prefixes = new HashSet<>();
        for (Map<String, Double> table : List.of(bearings, adjectives)) {
            for (String word : table.keySet()) {
                for (int end = 1; end <= word.length(); end++) {
                    prefixes.add(word.substring(0, end));
                }
            }
        }
        this.compassPrefixes = Set.copyOf(prefixes);
        this.areaNouns = strings(root.get("areaNouns"));
        this.filler = strings(root.get("located"));
    }

    /** The bundled English vocabulary. */
    public static PlaceFactExtractor english() {
        try (InputStream in = PlaceFactExtractor.class.getResourceAsStream("places.json")) {
            if (in == null) {
                throw new IllegalStateException("places.json is missing from the classpath");
            }
            return new PlaceFactExtractor(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read places.json", e);
        }
    }

    /** A compass word starting at a token: its bearing and the index after it. */
    private record Compass(double bearing, int end) {
    }

    /** Where a relative place's anchor lies: its text and the index after it. */
    private record Anchor(String text, int start, int end) {
    }

    public List<PlaceFact> extract(Claim claim) {
        List<Token> t = claim.tokens();
        List<PlaceFact> out = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Compass point = compass(t, i, bearings, compassPrefixes);
            if (point != null && point.end < t.size() && t.get(point.end).lower().equals("of")
                    && (Character.isLowerCase(t.get(i).text().charAt(0)) || i == 0)) {
                Anchor anchor = anchor(claim, t, point.end + 1);
                if (anchor != null) {
                    boolean inside = i > 0 && t.get(i - 1).lower().equals("the");
                    int from = inside ? i - 1 : distanceStart(claim, t, i);
                    add(claim, t, out, ranges, from, anchor, point.bearing, inside);
                    i = anchor.end - 1;
                    continue;
                }
            }
            Compass adjective = compass(t, i, adjectives, compassPrefixes);
            if (adjective != null && Character.isLowerCase(t.get(i).text().charAt(0)) && adjective.end < t.size()) {
                Token next = t.get(adjective.end);
                if (areaNouns.contains(next.lower()) && i > 0 && possessive(t.get(i - 1))) {
                    // "the capital's northern suburbs"
                    Anchor owner = owner(claim, t, i - 1);
                    if (owner != null) {
                        add(claim, t, out, ranges, owner.start, new Anchor(owner.text, owner.start, adjective.end + 1),
                                adjective.bearing, true);
                        i = adjective.end;
                        continue;
                    }
                }
                if (capitalised(next)) {
                    // "northern Ukraine"
                    Anchor anchor = name(claim, t, adjective.end);
                    add(claim, t, out, ranges, i, anchor, adjective.bearing, true);
                    i = anchor.end - 1;
                }
            }
        }
        return out;
    }

    private void add(Claim c, List<Token> t, List<PlaceFact> out, List<int[]> ranges, int from, Anchor anchor,
                     double bearing, boolean inside) {
        String located = located(c, t, from, out, ranges);
        Span span = new Span(t.get(from).span().start(), t.get(anchor.end - 1).span().end());
        String anchorText = anchor.text;
        out.add(new PlaceFact(c, located, anchorText, IdentityFactExtractor.fold(anchorText), bearing, inside, span));
        ranges.add(new int[] {from, anchor.end});
    }

    /** "north", "north-west", "north west", "northwestern", "north-eastern": a bearing from a word table. */
    private static Compass compass(List<Token> t, int i, Map<String, Double> table, Set<String> prefixes) {
        StringBuilder joined = new StringBuilder();
        Compass best = null;
        for (int k = i; k < Math.min(t.size(), i + 3); k++) {
            String w = t.get(k).lower().replace("-", "");
            if (w.isEmpty() && k > i) {
                continue;
            }
            joined.append(w);
            if (!w.isEmpty() && !prefixes.contains(joined.toString())) {
                break;
            }
            Double b = table.get(joined.toString());
            if (b != null) {
                best = new Compass(b, k + 1);
            }
        }
        return best;
    }

    /** The anchor after "of": "Kiev", "the city of Chernobyl", "the Ukrainian SSR", "the capital". */
    private Anchor anchor(Claim c, List<Token> t, int k) {
        k = skipDeterminer(t, k);
        if (k + 1 < t.size() && !capitalised(t.get(k)) && t.get(k + 1).lower().equals("of")) {
            k = skipDeterminer(t, k + 2);
        }
        if (k >= t.size()) {
            return null;
        }
        if (capitalised(t.get(k))) {
            return name(c, t, k);
        }
        Token x = t.get(k);
        return x.pos().equals("NOUN") ? new Anchor(x.lemma(), k, k + 1) : null;
    }

    private static int skipDeterminer(List<Token> t, int k) {
        return k < t.size() && t.get(k).pos().equals("DET") ? k + 1 : k;
    }

    /** A run of capitalised words from {@code k}, as written. */
    private static Anchor name(Claim c, List<Token> t, int k) {
        int end = k;
        while (end < t.size() && capitalised(t.get(end))) {
            end++;
        }
        return new Anchor(text(c, t, k, end), k, end);
    }

    /** The owner of a possessive: "the capital's" gives "capital", "Kiev's" gives "Kiev". */
    private static Anchor owner(Claim c, List<Token> t, int k) {
        Token x = t.get(k);
        int own = x.text().length() > 2 ? k : k - 1;
        if (own < 0) {
            return null;
        }
        Token o = t.get(own);
        if (capitalised(o)) {
            int start = own;
            while (start > 0 && capitalised(t.get(start - 1))) {
                start--;
            }
            return new Anchor(strip(text(c, t, start, own + 1)), start, k + 1);
        }
        return o.pos().equals("NOUN") ? new Anchor(strip(o.lemma()), own, k + 1) : null;
    }

    private static String strip(String possessive) {
        return possessive.replaceAll("['’]s$", "");
    }

    private static boolean possessive(Token x) {
        String w = x.text();
        return w.endsWith("'s") || w.endsWith("’s");
    }

    /** Where a place's phrase begins once its distance is counted in: "65 miles (104 km) north". */
    private static int distanceStart(Claim c, List<Token> t, int i) {
        int from = i;
        for (int k = i - 1; k >= 0; k--) {
            Token x = t.get(k);
            boolean inFigure = c.quantities().stream().map(Quantity::span).anyMatch(s -> s.contains(x.span()));
            if (inFigure || x.text().equals("(") || x.text().equals(")")) {
                if (inFigure) {
                    from = k;
                }
            } else {
                break;
            }
        }
        return from;
    }

    /** What is placed: the name or noun phrase before the place, or the previous place's when coordinated. */
    private String located(Claim c, List<Token> t, int from, List<PlaceFact> earlier, List<int[]> ranges) {
        int k = from - 1;
        for (int steps = 0; k >= 0 && steps < LOCATED_REACH; k--, steps++) {
            Token x = t.get(k);
            if (x.text().equals(")")) {
                // an aside in brackets says nothing of what is placed: "Chernobyl (Ukrainian: Chornobyl)"
                int open = k;
                while (open > 0 && !t.get(open).text().equals("(")) {
                    open--;
                }
                k = open;
                continue;
            }
            for (int r = 0; r < ranges.size(); r++) {
                if (k >= ranges.get(r)[0] && k < ranges.get(r)[1]) {
                    return earlier.get(r).located();
                }
            }
            boolean inFigure = c.quantities().stream().map(Quantity::span).anyMatch(s -> s.contains(x.span()));
            if (inFigure || x.pos().equals("PUNCT") || x.pos().equals("DET") || x.pos().equals("ADP")
                    || x.pos().equals("NUM") || filler.contains(x.lower())) {
                continue;
            }
            break;
        }
        if (k < 0 || t.get(k).pos().equals("DET")
                || !(capitalised(t.get(k)) || t.get(k).pos().equals("NOUN") || t.get(k).pos().equals("PROPN"))) {
            return "";
        }
        int start = k;
        while (start > 0 && k - start + 1 < LOCATED_WORDS && !t.get(start - 1).pos().equals("DET")
                && (capitalised(t.get(start - 1)) || t.get(start - 1).pos().equals("NOUN")
                || t.get(start - 1).pos().equals("PROPN"))) {
            start--;
        }
        return IdentityFactExtractor.fold(text(c, t, start, k + 1));
    }

    private static boolean capitalised(Token x) {
        String w = x.text();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLetter);
    }

    private static String text(Claim c, List<Token> t, int from, int end) {
        return c.text().substring(t.get(from).span().start() - c.span().start(),
                t.get(end - 1).span().end() - c.span().start());
    }

    private static Map<String, Double> degrees(JsonNode node) {
        Map<String, Double> out = new HashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asDouble()));
        return Map.copyOf(out);
    }

    private static Set<String> strings(JsonNode node) {
        Set<String> out = new HashSet<>();
        node.forEach(n -> out.add(n.asText().toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }
}
