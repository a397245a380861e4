package dev.recon.quantity;

import dev.recon.nlp.Token;
import dev.recon.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Reads figures from tagged tokens: digits with separators and decimals, number words, scale words
 * ("million"), units from the noun that follows, and hedges ("approximately", "at least"). A list such
 * as "1966: 12.3 million rubles; 1967: 20 million" carries the unit on to figures that omit it.
 * Stateless and thread-safe.
 */
public final class QuantityExtractor {

    private static final Map<String, Double> WORDS = Map.ofEntries(
            Map.entry("one", 1d), Map.entry("two", 2d), Map.entry("three", 3d), Map.entry("four", 4d),
            Map.entry("five", 5d), Map.entry("six", 6d), Map.entry("seven", 7d), Map.entry("eight", 8d),
            Map.entry("nine", 9d), Map.entry("ten", 10d), Map.entry("eleven", 11d), Map.entry("twelve", 12d),
            Map.entry("thirteen", 13d), Map.entry("fourteen", 14d), Map.entry("fifteen", 15d),
            Map.entry("sixteen", 16d), Map.entry("seventeen", 17d), Map.entry("eighteen", 18d),
            Map.entry("nineteen", 19d), Map.entry("twenty", 20d), Map.entry("thirty", 30d), Map.entry("forty", 40d),
            Map.entry("fifty", 50d), Map.entry("sixty", 60d), Map.entry("seventy", 70d), Map.entry("eighty", 80d),
            Map.entry("ninety", 90d), Map.entry("hundred", 100d), Map.entry("dozen", 12d));
    private static final Map<String, Double> SCALES = Map.of(
            "hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12,
            "m", 1e6, "bn", 1e9, "k", 1e3);
    private static final Set<String> APPROX = Set.of("approximately", "about", "around", "roughly", "nearly",
            "almost", "some", "circa", "c.", "estimated", "an", "over", "more");
    private static final Set<String> MIN = Set.of("least", "over", "more", "than", "exceeding", "above");
    private static final Set<String> MAX = Set.of("most", "under", "fewer", "less", "below", "up");
    private static final Map<String, String> CURRENCY = Map.of("$", "dollar", "€", "euro", "£", "pound", "¥", "yen");

    /**
     * Figures among {@code tokens}.
     *
     * @param excluded true for character offsets that belong to something else (dates), whose digits
     *                 are not figures
     */
    public List<Quantity> extract(String text, List<Token> tokens, IntPredicate excluded) {
        List<Quantity> out = new ArrayList<>();
        String carriedUnit = "";
        List<String> carriedQualifiers = List.of();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (excluded.test(t.span().start())) {
                continue;
            }
            Double number = number(t, tokens, i);
            if (number == null) {
                continue;
            }
            int first = i;
            String currency = "";
            if (i > 0 && CURRENCY.containsKey(tokens.get(i - 1).text())) {
                currency = CURRENCY.get(tokens.get(i - 1).text());
                first = i - 1;
            }
            double value = number;
            int j = i + 1;
            while (j < tokens.size() && isScale(tokens.get(j).lower(), currency)) {
                value *= SCALES.get(tokens.get(j).lower());
                j++;
            }
            // the unit: adjectives and nouns that follow, headed by the last common noun
            String unit = currency;
            List<String> qualifiers = new ArrayList<>();
            int k = j;
            int lastNoun = -1;
            while (k < tokens.size() && k < j + 4) {
                Token u = tokens.get(k);
                if (u.text().equals("%") || u.lower().equals("percent")) {
                    unit = "percent";
                    lastNoun = k;
                    k++;
                    break;
                }
                if (u.pos().equals("NOUN") || (u.pos().equals("PROPN") && u.lower().endsWith("s"))) {
                    lastNoun = k;
                } else if (!(u.pos().equals("ADJ") || u.pos().equals("PROPN"))) {
                    break;
                }
                k++;
            }
            if (lastNoun >= 0 && unit.isEmpty()) {
                for (int q = j; q < lastNoun; q++) {
                    qualifiers.add(tokens.get(q).lower());
                }
                unit = tokens.get(lastNoun).lemma();
                // "sets of uniforms": the counted thing is the set, qualified by what it holds
                if (lastNoun + 2 < tokens.size() && tokens.get(lastNoun + 1).lower().equals("of")
                        && tokens.get(lastNoun + 2).pos().equals("NOUN")) {
                    qualifiers.add(tokens.get(lastNoun + 2).lemma());
                    lastNoun += 2;
                }
            }
            int end = lastNoun >= 0 ? lastNoun : j - 1;
            if (unit.isEmpty()) {
                if (!carriedUnit.isEmpty() && value >= 1e3) {
                    unit = carriedUnit;
                    qualifiers = new ArrayList<>(carriedQualifiers);
                } else if (number == value && !isStandaloneFigure(tokens, i)) {
                    i = Math.max(i, end);
                    continue;
                }
            } else {
                carriedUnit = unit;
                carriedQualifiers = List.copyOf(qualifiers);
            }
            Span span = new Span(tokens.get(first).span().start(), tokens.get(end).span().end());
            out.add(new Quantity(span, span.of(text), value, unit, qualifiers, bound(tokens, first)));
            i = Math.max(i, end);
        }
        return out;
    }

    private static Double number(Token t, List<Token> tokens, int i) {
        String s = t.text();
        if (s.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?")) {
            return Double.parseDouble(s.replace(",", ""));
        }
        Double w = WORDS.get(t.lower());
        if (w == null) {
            return null;
        }
        // "one of the ...", "the one who": a pronoun, not a figure
        if (t.lower().equals("one") && (i + 1 >= tokens.size() || tokens.get(i + 1).lower().equals("of")
                || !tokens.get(i + 1).isContent())) {
            return null;
        }
        return w;
    }

    /** A bare figure with no unit still counts when it stands as a figure, e.g. after "of" in a list. */
    private static boolean isStandaloneFigure(List<Token> tokens, int i) {
        return tokens.get(i).text().matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+\\.\\d+");
    }

    private static Quantity.Bound bound(List<Token> tokens, int first) {
        String prev = first > 0 ? tokens.get(first - 1).lower() : "";
        String prev2 = first > 1 ? tokens.get(first - 2).lower() : "";
        if (prev.equals("least") || (prev.equals("than") && (prev2.equals("more") || prev2.equals("over")))
                || prev.equals("over") || prev.equals("exceeding") || prev.equals("above")) {
            return Quantity.Bound.AT_LEAST;
        }
        if (prev.equals("most") || prev.equals("under") || (prev.equals("than") && (prev2.equals("fewer")
                || prev2.equals("less"))) || prev.equals("below") || (prev.equals("to") && prev2.equals("up"))) {
            return Quantity.Bound.AT_MOST;
        }
        if (APPROX.contains(prev) && !MIN.contains(prev) && !MAX.contains(prev)) {
            return Quantity.Bound.APPROXIMATE;
        }
        return Quantity.Bound.EXACT;
    }

    /** "m", "bn" and "k" abbreviate scales only after a currency sign: "$5m", not "5 m". */
    private static boolean isScale(String word, String currency) {
        return SCALES.containsKey(word) && (word.length() > 2 || !currency.isEmpty());
    }
}
