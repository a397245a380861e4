package dev.recon.internal.quantity;

import dev.recon.model.Quantity;
import dev.recon.model.Token;
import dev.recon.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Reads figures from tagged tokens: digits with separators and decimals, number words, scale words
 * ("million"), units from the noun that follows, and hedges ("approximately", "at least"). A list such
 * as "1966: 12.3 million rubles; 1967: 20 million" carries the unit on to figures that omit it.
 * Stateless and thread-safe.
 */
public final class QuantityExtractor {

    private static final NumberWords NUMBERS = NumberWords.english();
    private static final Map<String, Double> WORDS = NUMBERS.words();
    private static final Map<String, Double> SCALES = NUMBERS.scales();
    private static final Set<String> APPROX = NUMBERS.approximately();
    private static final Set<String> MIN = NUMBERS.atLeastBefore();
    private static final Set<String> MAX = NUMBERS.atMostBefore();
    /** A figure glued to its unit by the tokenizer: "780-meter", "12-hour", "570-", "14,000mph". */
    private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)-?([a-z][a-z/]*|%)?-?");
    /** The value of a Roman numeral such as "VIII" (subtractive notation: "IV" is 4). */
    static int roman(String numeral) {
        int total = 0;
        int previous = 0;
        for (int k = numeral.length() - 1; k >= 0; k--) {
            int v = switch (numeral.charAt(k)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 0;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }

    /** "won 4–2", "the 4-1 favorite": a score or odds pairs two numbers; neither counts anything. */
    private static boolean isScore(List<Token> tokens, int i) {
        boolean after = i + 2 < tokens.size() && tokens.get(i + 1).text().matches("[-–—:]")
                && tokens.get(i + 2).text().matches("\\d{1,3}")
                && tokens.get(i + 1).span().start() == tokens.get(i).span().end();
        boolean before = i >= 2 && tokens.get(i - 1).text().matches("[-–—:]") && tokens.get(i - 2).text().matches("\\d{1,3}")
                && tokens.get(i - 1).span().end() == tokens.get(i).span().start();
        return (after || before) && tokens.get(i).text().matches("\\d{1,3}") || tokens.get(i).text().matches("\\d{1,3}[-–]\\d{1,3}");
    }

    /** "rose to 70", "climbed to 70": a figure a verb sets. */
    private static boolean isLevel(List<Token> tokens, int first) {
        if (!Character.isDigit(tokens.get(first).text().charAt(0))) {
            return false;
        }
        // "rose to 70": a verb, or a past tense the tagger took for a noun, then "to" and the figure
        boolean setTo = first >= 2 && tokens.get(first - 1).lower().equals("to") && (tokens.get(first - 2).pos().equals("VERB")
                || tokens.get(first - 2).pos().equals("NOUN") && first >= 3 && tokens.get(first - 3).pos().equals("NOUN"));
        // "the total was 72"
        boolean copula = first >= 2 && tokens.get(first - 1).lemma().equals("be") && tokens.get(first - 2).isNoun();
        return setTo || copula;
    }

    /** "(2314 GMT)": a clock time, not a figure. */
    private static final Set<String> TIME_ZONES = NUMBERS.timeZones();
    private static final Map<String, String> CURRENCY = NUMBERS.currencies();

    /** True when the text states an amount: a digit or an English number word ("three days"). */
    public static boolean statesNumber(String text) {
        if (text.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            if (WORDS.containsKey(w) || SCALES.containsKey(w) && w.length() > 2) {
                return true;
            }
        }
        return false;
    }

    /** The rank an ordinal names: "third" and "3rd" give 3. */
    public static OptionalInt ordinal(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        Integer n = NUMBERS.ordinals().get(w);
        if (n != null) {
            return OptionalInt.of(n);
        }
        if (w.matches("\\d{1,4}(st|nd|rd|th)")) {
            return OptionalInt.of(Integer.parseInt(w.substring(0, w.length() - 2)));
        }
        return OptionalInt.empty();
    }

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
            // "visited twice": an adverb that counts occurrences
            Double times = NUMBERS.multiplicatives().get(t.lower());
            if (times != null && !excluded.test(t.span().start())) {
                out.add(new Quantity(t.span(), t.text(), times, "time", List.of(), Quantity.Bound.EXACT));
                continue;
            }
            // "for the third time": the count of occurrences the happening has reached
            if (i >= 2 && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("time")
                    && (tokens.get(i - 1).lower().equals("the") || tokens.get(i - 1).lower().equals("a"))
                    && tokens.get(i - 2).lower().equals("for")) {
                OptionalInt rank = ordinal(t.lower());
                if (rank.isPresent()) {
                    Span span = new Span(t.span().start(), tokens.get(i + 1).span().end());
                    out.add(new Quantity(span, span.of(text), rank.getAsInt(), "time", List.of(), Quantity.Bound.EXACT));
                    i++;
                    continue;
                }
            }
            // "intensity VIII", "a category IV hurricane": a Roman numeral is a level on the scale named before it
            if (i > 0 && t.text().matches("[IVX]{1,6}") && NUMBERS.scaleNouns().contains(tokens.get(i - 1).lower())) {
                Span span = new Span(tokens.get(i - 1).span().start(), t.span().end());
                out.add(new Quantity(span, span.of(text), roman(t.text()), tokens.get(i - 1).lower(), List.of(),
                        bound(tokens, i - 1)));
                continue;
            }
            Double number = number(t, tokens, i);
            if (number == null || isIdentifier(tokens, i) || isScore(tokens, i)
                    || i + 1 < tokens.size() && TIME_ZONES.contains(tokens.get(i + 1).text())) {
                continue;
            }
            int first = i;
            String currency = "";
            if (i > 0 && CURRENCY.containsKey(tokens.get(i - 1).text())) {
                currency = CURRENCY.get(tokens.get(i - 1).text());
                first = i - 1;
            }
            double value = number;
            int j = i + 1 + extraNumberTokens(t, tokens, i);
            java.util.regex.Matcher glued = GLUED.matcher(t.text());
            String gluedUnit = !glued.matches() || glued.group(2) == null ? ""
                    : glued.group(2).equals("%") ? "percent" : singular(glued.group(2).toLowerCase(java.util.Locale.ROOT));
            // "2,560-foot" tokenised as "2,560", "-", "foot"
            if (j + 1 < tokens.size() && tokens.get(j).text().equals("-") && tokens.get(j + 1).pos().equals("NOUN")) {
                j++;
            }
            while (j < tokens.size() && isScale(tokens.get(j).lower(), currency)) {
                value *= SCALES.get(tokens.get(j).lower());
                j++;
            }
            // the unit: adjectives and nouns that follow, headed by the last common noun
            // "22,500 km/h": a compound unit the tokenizer leaves as punctuation
            if (gluedUnit.isEmpty() && currency.isEmpty() && j < tokens.size() && tokens.get(j).text().matches("[a-z]{1,3}/[a-z]{1,2}")) {
                gluedUnit = tokens.get(j).text();
                j++;
            }
            String unit = currency.isEmpty() ? gluedUnit : currency;
            List<String> qualifiers = new ArrayList<>();
            int k = gluedUnit.isEmpty() ? j : tokens.size();
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
            int p = j;
            while (p < tokens.size() && tokens.get(p).pos().equals("AUX")) {
                p++;
            }
            if (unit.isEmpty() && p < tokens.size() && isParticiple(tokens.get(p))) {
                // "1,037 dead", "67 injured": the figure counts what the participle says
                out.add(figure(text, tokens, first, j - 1, value, "", List.of()));
                i = Math.max(i, j - 1);
                continue;
            }
            if (unit.isEmpty()) {
                if (!carriedUnit.isEmpty() && value >= 1e3) {
                    unit = carriedUnit;
                    qualifiers = new ArrayList<>(carriedQualifiers);
                } else if (number == value && !isStandaloneFigure(tokens, i)
                        && bound(tokens, first) == Quantity.Bound.EXACT && !isLevel(tokens, first)) {
                    i = Math.max(i, end);
                    continue;
                }
            } else {
                carriedUnit = unit;
                carriedQualifiers = List.copyOf(qualifiers);
            }
            out.add(figure(text, tokens, first, end, value, unit, qualifiers));
            i = Math.max(i, end);
        }
        return out;
    }

    private static Quantity figure(String text, List<Token> tokens, int first, int end, double value, String unit,
                                   List<String> qualifiers) {
        Span span = new Span(tokens.get(first).span().start(), tokens.get(end).span().end());
        return new Quantity(span, span.of(text), value, unit, qualifiers, bound(tokens, first));
    }

    /**
     * "ATR 72", "Falcon 9", "Unit 4", "No. 4", "Flight 302": digits right after a name or a code name
     * a model or a unit; they count nothing.
     */
    private static boolean isIdentifier(List<Token> tokens, int i) {
        if (i == 0 || !Character.isDigit(tokens.get(i).text().charAt(0))) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        boolean adjacent = prev.span().end() + 1 >= tokens.get(i).span().start();
        boolean name = (prev.pos().equals("PROPN") || prev.pos().equals("NOUN"))
                && Character.isUpperCase(prev.text().charAt(0)) && !prev.text().matches(".*[’']s");
        return adjacent && (name || prev.text().matches("[A-Z][A-Z0-9-]+|No\\.|no\\."));
    }

    /** Tokens after the first that belong to the number itself: "50 000", "Fifty - three". */
    private static int extraNumberTokens(Token t, List<Token> tokens, int i) {
        if (t.lower().equals("half") && i + 1 < tokens.size() && (tokens.get(i + 1).lower().equals("a")
                || tokens.get(i + 1).lower().equals("an"))) {
            return 1;
        }
        if (t.text().matches("\\d{1,3}") && i + 1 < tokens.size() && tokens.get(i + 1).text().matches("\\d{3}")
                && tokens.get(i + 1).span().start() == t.span().end() + 1) {
            return 1;
        }
        Double w = WORDS.get(t.lower());
        if (w != null && w >= 20 && w < 100 && i + 2 < tokens.size() && tokens.get(i + 1).text().equals("-")
                && WORDS.containsKey(tokens.get(i + 2).lower()) && WORDS.get(tokens.get(i + 2).lower()) < 10) {
            return 2;
        }
        return 0;
    }

    /** "dead", "injured", "wounded", "missing": an adjective or participle that says what was counted. */
    private static boolean isParticiple(Token t) {
        return (t.pos().equals("ADJ") || t.pos().equals("VERB")) && t.text().matches("[a-z]+")
                && (t.lower().endsWith("ed") || t.lower().endsWith("en") || t.lower().equals("dead")
                || t.lower().equals("missing"));
    }

    private static String singular(String unit) {
        if (unit.equals("feet")) {
            return "foot";
        }
        return unit.endsWith("s") && unit.length() > 3 && !unit.endsWith("ss") ? unit.substring(0, unit.length() - 1) : unit;
    }

    private static Double number(Token t, List<Token> tokens, int i) {
        String s = t.text();
        if (s.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?")) {
            double v = Double.parseDouble(s.replace(",", ""));
            // "50 000": a space as the thousands separator
            if (s.matches("\\d{1,3}") && i + 1 < tokens.size() && tokens.get(i + 1).text().matches("\\d{3}")
                    && tokens.get(i + 1).span().start() == t.span().end() + 1) {
                v = v * 1000 + Double.parseDouble(tokens.get(i + 1).text());
            }
            return v;
        }
        java.util.regex.Matcher glued = GLUED.matcher(s);
        if (glued.matches() && (glued.group(2) == null || !glued.group(2).matches("(?i)st|nd|rd|th|s"))) {
            return Double.parseDouble(glued.group(1).replace(",", ""));
        }
        // "half a mile", "half an hour"
        if (t.lower().equals("half") && i + 2 < tokens.size() && (tokens.get(i + 1).lower().equals("a")
                || tokens.get(i + 1).lower().equals("an")) && tokens.get(i + 2).pos().equals("NOUN")) {
            return 0.5;
        }
        Double w = WORDS.get(t.lower());
        if (w == null) {
            return null;
        }
        // "Fifty-three": a tens word joined by a hyphen to a unit word
        if (w >= 20 && w < 100 && w % 10 == 0 && i + 2 < tokens.size() && tokens.get(i + 1).text().equals("-")) {
            Double ones = WORDS.get(tokens.get(i + 2).lower());
            if (ones != null && ones < 10) {
                return w + ones;
            }
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
