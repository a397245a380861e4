package dev.recon.internal.fact;

import dev.recon.model.Claim;
import dev.recon.kb.Entity;
import dev.recon.kb.KnowledgeBase;
import dev.recon.internal.lexicon.Lexicon;
import dev.recon.internal.lexicon.WordNet;
import dev.recon.internal.lexicon.WordNet.WordClass;
import dev.recon.model.Token;
import dev.recon.model.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads figures with what they measure. A unit of measure gives a dimension and, from the words
 * around it, a role ("530 feet in diameter" is a size, "40 km from Kiev" a distance). A count takes
 * its thing from the counted noun ("68 passengers"), or, when that noun only counts people ("212
 * people"), from the word that says what happened to them: the participle after it ("were injured"),
 * the noun it is "of" ("the lives of 2,901 individuals"), the verb before it ("killed 212"), or the
 * subject of a verb that sets a running figure ("the death toll rose to 70"). Words are reduced to
 * WordNet concepts, so "killed", "died" and "dead" count one thing. Immutable and thread-safe.
 */
public final class FigureFactExtractor implements FactExtractor {

    /** Words looked at on either side of a figure for what it measures. */
    private static final int WINDOW = 6;

    /** A WordNet concept and the words that named it. */
    private record Concept(String key, String words) {
    }

    /** What a figure measures: its fact key, words for messages, and what happened to it ("" when unsaid). */
    private record Measured(String key, String label, String happening) {
    }

    private final WordNet wordNet;
    private final KnowledgeBase kb;
    private final Lexicon lexicon;
    private final FigureVocabulary vocabulary;
    private final double approximation;

    /**
     * @param approximation share of a figure that "about" or "some" allows on either side ("about 60 km")
     */
    public FigureFactExtractor(WordNet wordNet, KnowledgeBase kb, Lexicon lexicon, double approximation) {
        this.wordNet = Objects.requireNonNull(wordNet, "wordNet");
        this.kb = Objects.requireNonNull(kb, "kb");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.vocabulary = FigureVocabulary.english();
        this.approximation = approximation;
    }

    @Override
    public List<FigureFact> extract(Claim claim) {
        List<FigureFact> out = new ArrayList<>();
        List<Token> toks = claim.tokens();
        String occasion = occasion(toks);
        String attribution = attribution(claim);
        Quantity previous = null;
        for (Quantity q : claim.quantities()) {
            Optional<Reading> reading = reading(claim, q);
            if (reading.isEmpty()) {
                previous = null;
                continue;
            }
            if (previous != null && !out.isEmpty() && isConversion(claim, previous, q)) {
                FigureFact last = out.remove(out.size() - 1);
                List<Reading> readings = new ArrayList<>(last.readings());
                readings.add(reading.get());
                out.add(new FigureFact(claim, last.thing(), last.label(), last.subject(), last.occasion(), readings,
                        last.attribution(), last.happening(), false));
                continue;
            }
            previous = q;
            int first = firstToken(toks, q);
            int last = lastToken(toks, q);
            // a unit carried over from an earlier figure in a list is a guess: only the words around
            // the figure may say what it counts ("and injured 1,300")
            boolean carried = !q.unit().isEmpty() && q.text().matches("[\\d.,]+");
            Optional<Measured> thing = carried ? happening(toks, first, last)
                    .map(h -> new Measured("count:" + h.key(), wordNet.describe(h.key()).orElse(h.words()), ""))
                    : thing(claim, q, first, last);
            if (thing.isEmpty()) {
                previous = null;
                continue;
            }
            Measured measured = thing.get();
            Set<String> subject = measured.key().endsWith(":distance") ? reference(toks, last)
                    : subject(toks, first, last, measured.key().startsWith("length:") || measured.key().startsWith("money"));
            out.add(new FigureFact(claim, measured.key(), measured.label(), subject, occasion, List.of(reading.get()),
                    attribution, measured.happening(), false));
        }
        out.addAll(durations(claim, occasion, attribution));
        return out;
    }

    /** Readings in one unit compare as written: the unit is its dimension and its factor to the base. */
    private static String unitKey(String dimension, double factor) {
        return dimension + "@" + factor;
    }

    /** TIMEX3 durations: "PT12H", "P3D", "P1.5Y". */
    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile("P(T?)(\\d+(?:\\.\\d+)?)([YMWDHS])");

    /**
     * Stretches of time the temporal tagger found ("sailed for 12 hours", "a ten-day voyage"): facts
     * of the happening or thing they measure, in seconds.
     */
    private List<FigureFact> durations(Claim claim, String occasion, String attribution) {
        List<FigureFact> out = new ArrayList<>();
        List<Token> toks = claim.tokens();
        for (dev.recon.model.TimeMention t : claim.times()) {
            spanOfDays(claim, t, toks).ifPresent(out::add);
            java.util.regex.Matcher m = t.value() == null ? null : DURATION.matcher(t.value());
            if (!t.isDuration() || m == null || !m.matches()) {
                continue;
            }
            double seconds = Double.parseDouble(m.group(2)) * switch (m.group(3)) {
                case "Y" -> 31556952d;
                case "M" -> m.group(1).isEmpty() ? 2629746d : 60d;
                case "W" -> 604800d;
                case "D" -> 86400d;
                case "H" -> 3600d;
                default -> 1d;
            };
            int first = Tokens.at(toks, t.span().start());
            int last = Tokens.at(toks, t.span().end() - 1);
            Optional<Concept> what = measuredStretch(toks, first, last);
            if (what.isEmpty()) {
                continue;
            }
            String hedge = wordBefore(claim, t.span().start());
            boolean approximate = vocabulary.isApproximately(hedge) || vocabulary.isAlmost(hedge);
            double slack = approximate ? seconds * approximation : 0;
            Reading r = new Reading(t.span(), t.text(), unitKey("duration", 1), seconds - slack, seconds + slack, seconds,
                    approximate ? Reading.Bound.APPROXIMATE : Reading.Bound.EXACT);
            out.add(new FigureFact(claim, "duration:" + what.get().key(), what.get().words(), Set.of(), occasion, List.of(r),
                    attribution, "", false));
        }
        return out;
    }

    /**
     * What a stretch of time measures: the noun it qualifies ("a ten-day voyage"), else the happening
     * it is the length of ("sailed for 12 hours", "the voyage lasted"), as a WordNet concept.
     */
    private Optional<Concept> measuredStretch(List<Token> toks, int first, int last) {
        Optional<String> role = role(toks, first, last);
        if (role.isPresent() && role.get().startsWith("of:")) {
            String noun = role.get().substring(3);
            return wordNet.concept(noun, WordClass.NOUN).map(c -> new Concept(c, noun));
        }
        return role.isPresent() ? role.map(r -> new Concept(r, r)) : durationOf(toks, first);
    }

    /**
     * "The voyage lasted from 3 to 14 May": a period of whole days is also a duration, of 11 days
     * counted between its ends or 12 counting both, and is compared with a duration of the same
     * happening ("a ten-day voyage").
     */
    private Optional<FigureFact> spanOfDays(Claim claim, dev.recon.model.TimeMention t, List<Token> toks) {
        if (t.relation() != dev.recon.model.Relation.RANGE || t.value() == null
                || !t.value().matches("\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}") || t.interval() == null) {
            return Optional.empty();
        }
        long between = java.time.temporal.ChronoUnit.DAYS.between(t.interval().from(), t.interval().to());
        int first = Tokens.at(toks, t.span().start());
        Optional<Concept> what = durationOf(toks, first);
        if (between <= 0 || what.isEmpty()) {
            return Optional.empty();
        }
        Reading r = new Reading(t.span(), t.text(), unitKey("duration", 1), between * 86400d, (between + 1) * 86400d,
                (between + 1) * 86400d, Reading.Bound.APPROXIMATE);
        return Optional.of(new FigureFact(claim, "duration:" + what.get().key(), what.get().words(), Set.of(), "", List.of(r),
                "", "", true));
    }

    /** "65 miles (104 km)": a figure in parentheses right after another restates it. */
    private static boolean isConversion(Claim c, Quantity before, Quantity q) {
        int from = before.span().end() - c.span().start();
        int to = q.span().start() - c.span().start();
        return to > from && c.text().substring(from, to).strip().equals("(");
    }

    private Optional<Reading> reading(Claim claim, Quantity q) {
        String unit = q.unit();
        String dimension = unitOf(claim, q).map(FigureVocabulary.Unit::dimension).orElse("count");
        double factor = unitOf(claim, q).map(FigureVocabulary.Unit::factor).orElse(1d);
        double v = q.value() * factor;
        // magnitudes and shares are stated to the digit; lengths, masses and sums are rounded to it
        boolean rounded = !(dimension.equals("count") || dimension.equals("magnitude") || dimension.equals("percent"));
        double half = precision(q, rounded) * factor / 2;
        String hedge = wordBefore(claim, q);
        Reading.Bound bound = switch (q.bound()) {
            case AT_LEAST -> Reading.Bound.AT_LEAST;
            case AT_MOST -> Reading.Bound.AT_MOST;
            case APPROXIMATE -> vocabulary.isAlmost(hedge) ? Reading.Bound.ALMOST : Reading.Bound.APPROXIMATE;
            case EXACT -> vocabulary.isAlmost(hedge) ? Reading.Bound.ALMOST
                    : vocabulary.isApproximately(hedge) ? Reading.Bound.APPROXIMATE : Reading.Bound.EXACT;
        };
        if (bound == Reading.Bound.EXACT && isAtLeastVerb(claim, q)) {
            bound = Reading.Bound.AT_LEAST;
        }
        double low;
        double high;
        switch (bound) {
            case AT_LEAST -> { low = v - half; high = Double.MAX_VALUE; }
            case AT_MOST -> { low = -Double.MAX_VALUE; high = v + half; }
            case ALMOST -> {
                // "almost 600": below it, and close enough to round to it
                double step = significantStep(q) * factor;
                low = v - step / 2;
                high = v;
            }
            case APPROXIMATE -> {
                double slack = Math.max(half, Math.abs(v) * approximation);
                low = v - slack;
                high = v + slack;
            }
            default -> { low = v - half; high = v + half; }
        }
        // "km", "kilometre" and "kilometer" are one unit: readings compare by dimension and factor
        String unitKey = dimension.equals("count") ? "" : unitKey(dimension, factor);
        return Optional.of(new Reading(q.span(), q.text(), unitKey, low, high, v, bound));
    }

    private Optional<FigureVocabulary.Unit> unitOf(Claim claim, Quantity q) {
        if (q.text().contains("£") && q.unit().equals("pound")) {
            return Optional.of(new FigureVocabulary.Unit("money:pound", 1));
        }
        if (q.qualifiers().contains("magnitude") || isMagnitude(claim, q)) {
            return vocabulary.unit("magnitude");
        }
        Optional<FigureVocabulary.Unit> u = vocabulary.unit(q.unit());
        // "60 km north of Lyon": the unit is a qualifier of the noun the extractor took for the unit
        return u.isPresent() || q.qualifiers().isEmpty() ? u : vocabulary.unit(q.qualifiers().get(0));
    }

    /** "a magnitude of 6.9", "7 degrees on the Richter scale". */
    private static boolean isMagnitude(Claim claim, Quantity q) {
        String before = claim.text().substring(0, q.span().start() - claim.span().start()).toLowerCase(Locale.ROOT);
        String after = claim.text().substring(q.span().end() - claim.span().start()).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\bmagnitude( of)?\\s*$") || after.matches("(?s)^[\\s-]*magnitude\\b.*")
                || after.matches("(?s)^\\W{0,3}(on the )?richter\\b.*") || after.matches("(?s)^ degrees? on the richter.*");
    }

    /** Half of this is the rounding a figure's wording allows. */
    private static double precision(Quantity q, boolean measure) {
        String digits = q.text().replaceAll("[^0-9.,\\s]", " ").strip().split("\\s+")[0].replace(",", "");
        if (digits.isEmpty()) {
            // "seven", "half a mile": words name an exact number; a hedge, if any, widens it
            return 0;
        }
        int dot = digits.indexOf('.');
        double scale = scaleOf(q, digits);
        if (dot >= 0 && dot < digits.length() - 1) {
            return Math.pow(10, -(digits.length() - dot - 1)) * scale;
        }
        if (scale > 1) {
            return scale;
        }
        // a measure such as "530 feet" is often rounded to its last zero; a count of people is exact
        return measure && digits.endsWith("0") ? 10 : measure ? 1 : 0;
    }

    private static double scaleOf(Quantity q, String digits) {
        try {
            double stated = Double.parseDouble(digits.isEmpty() ? "x" : digits);
            return stated > 0 && q.value() / stated >= 100 ? q.value() / stated : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** One step of the last significant digit: 600 → 100, 15,000 → 1,000, 6.8 → 0.1. */
    private static double significantStep(Quantity q) {
        double v = Math.abs(q.value());
        if (v == 0) {
            return 1;
        }
        if (v != Math.rint(v)) {
            String s = Double.toString(v);
            return Math.pow(10, -(s.length() - s.indexOf('.') - 1));
        }
        double step = 1;
        while (v % (step * 10) == 0) {
            step *= 10;
        }
        return step;
    }

    private static String wordBefore(Claim claim, Quantity q) {
        return wordBefore(claim, q.span().start());
    }

    private static String wordBefore(Claim claim, int offset) {
        String before = claim.text().substring(0, offset - claim.span().start()).strip()
                .toLowerCase(Locale.ROOT);
        String[] words = before.split("[^a-z.]+");
        return words.length == 0 ? "" : words[words.length - 1].equals("to") && words.length > 1
                ? words[words.length - 2] : words[words.length - 1];
    }

    /** "has exceeded 1,300": a verb that sets a floor. */
    private boolean isAtLeastVerb(Claim claim, Quantity q) {
        List<Token> toks = claim.tokens();
        int first = firstToken(toks, q);
        for (int i = first - 1; i >= Math.max(0, first - 2); i--) {
            if (toks.get(i).isVerb()) {
                return vocabulary.isAtLeastVerb(toks.get(i).lemma());
            }
        }
        return false;
    }

    /** What the figure measures: {key, label}; empty when the text does not say. */
    private Optional<Measured> thing(Claim claim, Quantity q, int first, int last) {
        List<Token> toks = claim.tokens();
        Optional<FigureVocabulary.Unit> unit = unitOf(claim, q);
        if (unit.isPresent()) {
            String dim = unit.get().dimension();
            if (dim.equals("length") || dim.equals("mass") || dim.startsWith("money") || dim.equals("duration")
                    || dim.equals("area")) {
                Optional<String> role = role(toks, first, last);
                if (role.isEmpty() && dim.startsWith("money")) {
                    // "the mission cost $325 million", "raised $2 billion": a sum is what the verb says it is
                    return durationOf(toks, first).map(h -> new Measured(dim + ":" + h.key(), h.words(), ""));
                }
                if (role.isEmpty() && dim.equals("duration")) {
                    // "sailed for 14 hours", "the talks lasted three days": a stretch of time is the length
                    // of the happening it measures
                    return durationOf(toks, first).map(h -> new Measured(dim + ":" + h.key(), h.words(), ""));
                }
                return role.map(r -> new Measured(dim + ":" + r, r, ""));
            }
            if (dim.equals("percent")) {
                return Optional.of(new Measured("percent:" + percentOf(toks, last), "share", ""));
            }
            return Optional.of(new Measured(dim, dim, ""));
        }
        Optional<Entity> nation = nationality(q);
        if (nation.isPresent()) {
            return Optional.of(new Measured("nationals:" + nation.get().id(), nation.get().name() + " nationals",
                    happening(toks, first, last).map(Concept::key).orElse("")));
        }
        if (isIncrement(q) || isIncrement(toks, last) || isDistributive(toks, last) || q.unit().isEmpty() && isPart(toks, first)) {
            // "four more bodies", "two other passengers": a part added to a total, not the total
            return Optional.empty();
        }
        // "a crowd of close to 60,000": a counting idiom before the figure says what it counts,
        // whatever noun the tagger found after it
        Optional<Measured> idiom = countingIdiomBefore(toks, first);
        if (idiom.isPresent()) {
            return idiom;
        }
        String noun = q.unit();
        if (!noun.isEmpty() && !isPlainCount(noun)) {
            String compound = q.qualifiers().isEmpty() ? "" : q.qualifiers().get(q.qualifiers().size() - 1) + " " + noun;
            Optional<String> c = compound.isEmpty() ? Optional.empty() : wordNet.concept(compound, WordClass.NOUN);
            if (c.isEmpty()) {
                c = wordNet.concept(noun, WordClass.NOUN);
            }
            String label = compound.isEmpty() || c.isEmpty() ? noun : compound;
            // a noun bridged to a happening ("bodies" for deaths) is named by the happening
            boolean bridged = wordNet.isBridged(noun) || wordNet.isBridged(compound);
            return c.map(k -> new Measured("count:" + k, bridged ? wordNet.describe(k).orElse(label) : label,
                    happening(toks, first, last).map(Concept::key).orElse("")));
        }
        return happening(toks, first, last).map(h -> new Measured("count:" + h.key(), wordNet.describe(h.key()).orElse(h.words()), ""));
    }

    /**
     * True for a figure that is a part of a total rather than a total: "four more bodies", "including
     * 1404 in critical condition". Such a figure is no fact of its own.
     */
    public boolean isPartOfTotal(Claim claim, Quantity q) {
        List<Token> toks = claim.tokens();
        return isIncrement(q) || q.text().matches("[\\d.,]+") && isPart(toks, firstToken(toks, q));
    }

    /** "four more bodies", "two other passengers": a part added to a total given elsewhere. */
    private boolean isIncrement(Quantity q) {
        return q.qualifiers().stream().anyMatch(vocabulary::isIncrement);
    }

    /** "including 1404 in critical condition", "out of 70 bodies, 22": a part of a total given beside it. */
    private boolean isPart(List<Token> toks, int first) {
        for (int i = first - 1; i >= Math.max(0, first - 3); i--) {
            if (vocabulary.isPart(toks.get(i).lower())) {
                return true;
            }
        }
        return first >= 2 && toks.get(first - 1).text().equals(",") && toks.subList(Math.max(0, first - 6), first)
                .stream().anyMatch(t -> t.lower().equals("of") || t.lower().equals("out"))
                && toks.subList(0, first).stream().anyMatch(t -> t.lower().equals("out"));
    }

    /** "one passenger from each of four countries": a figure per item, not a total. */
    private boolean isDistributive(List<Token> toks, int last) {
        for (int i = last + 1; i < Math.min(toks.size(), last + 4); i++) {
            if (vocabulary.isDistributive(toks.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean isIncrement(List<Token> toks, int last) {
        return last + 1 < toks.size() && vocabulary.isIncrement(toks.get(last + 1).lower());
    }

    private Optional<Measured> countingIdiomBefore(List<Token> toks, int first) {
        int k = first - 1;
        while (k >= 0 && isBoundWord(toks.get(k))) {
            k--;
        }
        if (k < 1 || !toks.get(k).lower().equals("of")) {
            return Optional.empty();
        }
        Token head = toks.get(k - 1);
        if (!head.pos().equals("NOUN") || !wordNet.isBridged(head.lemma())) {
            return Optional.empty();
        }
        return wordNet.concept(head.lemma(), WordClass.NOUN)
                .map(c -> new Measured("count:" + c, wordNet.describe(c).orElse(head.lemma()), ""));
    }

    /** "212 people", "5530 others", "visited twice" (times): a count that says nothing of what it counts. */
    /** The happening a duration measures: the verb before "for" ("sailed for"), or a verb of lasting's subject. */
    private Optional<Concept> durationOf(List<Token> toks, int first) {
        int k = first - 1;
        while (k >= 0 && (isBoundWord(toks.get(k)) || toks.get(k).lower().equals("for")
                || toks.get(k).lower().equals("from"))) {
            k--;
        }
        if (k < 0) {
            return Optional.empty();
        }
        Token t = toks.get(k);
        if (t.isVerb() && (t.lemma().equals("last") || t.lemma().equals("take"))) {
            for (int i = k - 1; i >= 0; i--) {
                if (toks.get(i).pos().equals("NOUN")) {
                    Token n = toks.get(i);
                    return wordNet.concept(n.lemma(), WordClass.NOUN).map(c -> new Concept(c, n.lemma()));
                }
            }
            return Optional.empty();
        }
        if (t.isVerb() && !t.lemma().equals("be")) {
            return concept(t).map(c -> new Concept(c, t.lower()));
        }
        return Optional.empty();
    }

    private boolean isPlainCount(String noun) {
        return noun.equals("other") || noun.equals("one") || noun.equals("time") || wordNet.isPlainPersonCount(noun);
    }

    /** "53 Nepali citizens", "57 Nepalis", "two South Koreans": a count of one nation's people. */
    private Optional<Entity> nationality(Quantity q) {
        List<String> words = new ArrayList<>(q.qualifiers());
        words.add(q.unit());
        for (int i = 0; i < words.size(); i++) {
            for (int j = words.size(); j > i; j--) {
                String phrase = capitalise(String.join(" ", words.subList(i, j)));
                for (String form : List.of(phrase, phrase.replaceAll("(e?s)$", ""), phrase.replaceAll("s$", ""))) {
                    List<Entity> e = kb.demonymOf(form);
                    if (!e.isEmpty()) {
                        // the nation today: its people keep the name when its states change
                        Entity nation = e.stream().filter(x -> x.period() == null || x.period().to() == null)
                                .findFirst().orElse(e.get(0));
                        return Optional.of(nation);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String capitalise(String phrase) {
        StringBuilder sb = new StringBuilder();
        for (String w : phrase.split(" ")) {
            if (!w.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }

    /** What happened to the people a plain count counts: {concept, label}. */
    private Optional<Concept> happening(List<Token> toks, int first, int last) {
        // "the lives of 2,901 individuals", "the death of at least 296"
        int k = first - 1;
        while (k >= 0 && isBoundWord(toks.get(k))) {
            k--;
        }
        if (k >= 1 && toks.get(k).lower().equals("of")) {
            Optional<Concept> head = nounPhraseConcept(toks, k - 1);
            if (head.isPresent()) {
                return head;
            }
        }
        // "212 people killed", "1,204 injured", "153 people sustained injuries", "41 people were aboard"
        for (int i = last + 1; i < Math.min(toks.size(), last + WINDOW); i++) {
            Token t = toks.get(i);
            if (t.pos().equals("AUX") || t.pos().equals("ADV") && !isPlace(t) || t.pos().equals("PART")) {
                continue;
            }
            if (isPlace(t) || t.lower().equals("on") && i + 1 < toks.size() && toks.get(i + 1).lower().equals("board")) {
                String w = t.lower().equals("on") ? "on board" : t.lower();
                return wordNet.concept(w, WordClass.ADVERB).map(c -> new Concept(c, w));
            }
            if (t.pos().equals("VERB") || t.pos().equals("ADJ")) {
                if (vocabulary.isLightVerb(t.lemma())) {
                    for (int j = i + 1; j < Math.min(toks.size(), i + 4); j++) {
                        if (toks.get(j).pos().equals("NOUN")) {
                            Token n = toks.get(j);
                            return wordNet.concept(n.lemma(), WordClass.NOUN).map(c -> new Concept(c, n.lemma()));
                        }
                    }
                    break;
                }
                return concept(t).map(c -> new Concept(c, t.lower()));
            }
            break;
        }
        // "killed 212 people", "the death toll rose to 70"
        for (int i = first - 1; i >= Math.max(0, first - WINDOW); i--) {
            Token t = toks.get(i);
            if (isBoundWord(t) || t.pos().equals("DET") || t.pos().equals("ADP") || t.pos().equals("ADV")) {
                continue;
            }
            // "injured 30 people": the tagger may take the verb for a participial adjective
            boolean verbLike = t.isVerb() || t.pos().equals("ADJ") && t.lower().endsWith("ed");
            if (verbLike) {
                if (vocabulary.isLevelVerb(t.lemma())) {
                    return subjectOfLevel(toks, i);
                }
                return concept(t).map(c -> new Concept(c, t.lower()));
            }
            // "the death toll rose to 70": the tagger may take "rose" for a noun
            if (i + 1 < toks.size() && toks.get(i + 1).lower().equals("to")
                    && wordNet.verbBases(t.lower()).stream().anyMatch(vocabulary::isLevelVerb)) {
                return subjectOfLevel(toks, i);
            }
            break;
        }
        return Optional.empty();
    }

    /** "aboard", "onboard": where the counted people were. */
    private boolean isPlace(Token t) {
        return vocabulary.isPlace(t.lower());
    }

    private Optional<String> concept(Token t) {
        WordClass cls = t.isVerb() ? WordClass.VERB : t.pos().equals("ADJ") ? WordClass.ADJECTIVE : WordClass.NOUN;
        // the lemma first, so that bridges written for base forms apply to "packed" as to "pack"
        Optional<String> c = t.isVerb() ? wordNet.concept(t.lemma(), cls) : Optional.empty();
        if (c.isEmpty()) {
            c = wordNet.concept(t.lower(), cls);
        }
        return c.isPresent() ? c : wordNet.concept(t.lemma(), cls);
    }

    /** The measured thing a running figure's subject names: "the death toll", "the number of dead". */
    private Optional<Concept> subjectOfLevel(List<Token> toks, int verb) {
        for (int i = verb - 1; i >= 0; i--) {
            Token t = toks.get(i);
            if (t.pos().equals("NOUN") && vocabulary.isMeasureNoun(t.lemma())) {
                // "death toll": the modifier; "number of confirmed dead": what follows "of"
                if (i > 0 && toks.get(i - 1).pos().equals("NOUN")) {
                    Token m = toks.get(i - 1);
                    return wordNet.concept(m.lemma(), WordClass.NOUN).map(c -> new Concept(c, m.lemma() + " " + t.lemma()));
                }
                for (int j = i + 1; j < verb; j++) {
                    Token n = toks.get(j);
                    if (n.lower().equals("of") || n.pos().equals("DET") || n.pos().equals("ADV")) {
                        continue;
                    }
                    if (n.pos().equals("NOUN") || n.pos().equals("ADJ") || n.pos().equals("VERB")) {
                        // "confirmed dead": the last word of the phrase says what is counted
                        int e = j;
                        while (e + 1 < verb && (toks.get(e + 1).pos().equals("NOUN") || toks.get(e + 1).pos().equals("ADJ"))) {
                            e++;
                        }
                        Token h = toks.get(e);
                        return concept(h).map(c -> new Concept(c, h.lower()));
                    }
                    break;
                }
                return Optional.empty();
            }
        }
        // "Total passenger in flight was 72": without a measure noun, the clause's first noun
        for (int i = 0; i < verb; i++) {
            Token t = toks.get(i);
            if (t.pos().equals("NOUN")) {
                return isPlainCount(t.lemma()) ? Optional.empty()
                        : wordNet.concept(t.lemma(), WordClass.NOUN).map(c -> new Concept(c, t.lemma()));
            }
        }
        return Optional.empty();
    }

    /** The concept of the noun phrase ending at {@code end}: "dead bodies", "lives", "the death". */
    private Optional<Concept> nounPhraseConcept(List<Token> toks, int end) {
        Token head = toks.get(end);
        if (!head.pos().equals("NOUN")) {
            return Optional.empty();
        }
        if (end > 0 && (toks.get(end - 1).pos().equals("ADJ") || toks.get(end - 1).pos().equals("NOUN"))) {
            String compound = toks.get(end - 1).lower() + " " + head.lemma();
            Optional<String> c = wordNet.concept(compound, WordClass.NOUN);
            if (c.isPresent()) {
                return Optional.of(new Concept(c.get(), compound));
            }
        }
        if (vocabulary.isMeasureNoun(head.lemma())) {
            return Optional.empty();
        }
        return wordNet.concept(head.lemma(), WordClass.NOUN).map(c -> new Concept(c, head.lemma()));
    }

    private boolean isBoundWord(Token t) {
        String w = t.lower();
        return vocabulary.isAlmost(w) || vocabulary.isApproximately(w) || vocabulary.isBound(w);
    }

    /** The role of a length, mass or sum: "in diameter", "north of Kiev", "away", "the 1,260-pound spacecraft". */
    private Optional<String> role(List<Token> toks, int first, int last) {
        for (int i = first + 1; i <= last; i++) {
            Optional<String> r = vocabulary.role(toks.get(i).lower());
            if (r.isPresent()) {
                return r;
            }
        }
        int after = last + 1;
        if (after < toks.size() && toks.get(after).text().equals("(")) {
            // "65 miles (104 km) north of Kiev": the conversion sits between the figure and its role
            while (after < toks.size() && !toks.get(after).text().equals(")")) {
                after++;
            }
            after++;
        }
        for (int i = after; i < Math.min(toks.size(), after + WINDOW); i++) {
            Token t = toks.get(i);
            Optional<String> r = vocabulary.role(t.lower());
            if (r.isPresent()) {
                return r;
            }
            if (t.text().equals("(") || t.text().equals(")") || t.pos().equals("NUM") || t.text().equals(".")
                    || t.pos().equals("ADP") && t.lower().equals("in")) {
                continue;
            }
            if (t.pos().equals("NOUN") && i == after) {
                return Optional.of("of:" + t.lemma());
            }
            break;
        }
        // "a diameter of 2,525 feet", "at a depth of 18.5 km"
        for (int i = first - 1; i >= Math.max(0, first - 3); i--) {
            Optional<String> r = vocabulary.role(toks.get(i).lower());
            if (r.isPresent() && !r.get().equals("distance")) {
                return r;
            }
        }
        return Optional.empty();
    }

    /**
     * "from the city of Kiev", "north of Kiev", "away from DART": the place a distance is measured
     * from, which plays the part of a figure's subject.
     */
    private static Set<String> reference(List<Token> toks, int last) {
        for (int i = last + 1; i + 1 < Math.min(toks.size(), last + 2 * WINDOW); i++) {
            String w = toks.get(i).lower();
            if (!w.equals("from") && !w.equals("of")) {
                continue;
            }
            int k = i + 1;
            while (k < toks.size() && (toks.get(k).pos().equals("DET") || toks.get(k).lower().equals("city")
                    || toks.get(k).lower().equals("town") || toks.get(k).lower().equals("of"))) {
                k++;
            }
            if (k < toks.size() && isNameToken(toks.get(k))) {
                return Set.of(toks.get(k).lower());
            }
            return Set.of();
        }
        return Set.of();
    }

    /** "50.9 percent of the vote": the thing a share is of, with its participle ("of the votes counted"). */
    private static String percentOf(List<Token> toks, int last) {
        for (int i = last + 1; i < Math.min(toks.size(), last + 4); i++) {
            Token t = toks.get(i);
            if (t.lower().equals("of") || t.pos().equals("DET") || t.pos().equals("ADJ")) {
                continue;
            }
            if (t.pos().equals("NOUN")) {
                // "of the votes counted" is a state of the count; "of the vote compared with" is not
                boolean participle = i + 1 < toks.size() && toks.get(i + 1).pos().equals("VERB")
                        && toks.get(i + 1).lower().endsWith("ed")
                        && !(i + 2 < toks.size() && toks.get(i + 2).pos().equals("ADP"));
                String state = participle ? ":" + toks.get(i + 1).lemma() : "";
                return state;
            }
            break;
        }
        return "";
    }

    /**
     * The name a figure belongs to: "Bolsonaro's 49.2 percent", "49.1 percent for Bolsonaro", "Lula won
     * 50.9 percent".
     */
    private Set<String> subject(List<Token> toks, int first, int last, boolean sizeOfThing) {
        if (first >= 2 && (toks.get(first - 1).text().equals("'s") || toks.get(first - 1).text().equals("’s"))) {
            return nameWords(toks, first - 2, -1);
        }
        if (first >= 1 && isNameToken(toks.get(first - 1)) && toks.get(first - 1).text().matches(".*[’']s")) {
            return nameWords(toks, first - 1, -1);
        }
        int k = last + 1;
        while (k < toks.size() && k <= last + 4 && (toks.get(k).lower().equals("of") || toks.get(k).pos().equals("DET")
                || toks.get(k).text().equals(",")
                || toks.get(k).pos().equals("ADJ") || toks.get(k).pos().equals("NOUN") && !isNameToken(toks.get(k)))) {
            k++;
        }
        if (k + 1 < toks.size() && (toks.get(k).lower().equals("for") || toks.get(k).lower().equals("by")
                || toks.get(k).lower().equals("to")) && isNameToken(toks.get(k + 1)) && !possessiveRun(toks, k + 1)) {
            return nameWords(toks, k + 1, 1);
        }
        // "went to Bolsonaro" / "received by Bolsonaro"
        if (k + 2 < toks.size() && toks.get(k).isVerb() && (toks.get(k + 1).lower().equals("to")
                || toks.get(k + 1).lower().equals("by")) && isNameToken(toks.get(k + 2))) {
            return nameWords(toks, k + 2, 1);
        }
        // "Lula obtained 48.3 percent": the tagger sometimes takes a capitalised name mid-sentence for a noun
        if (first >= 3 && toks.get(first - 1).isVerb() && (isNameToken(toks.get(first - 2))
                || toks.get(first - 2).pos().equals("NOUN") && Character.isUpperCase(toks.get(first - 2).text().charAt(0)))) {
            Set<String> w = new LinkedHashSet<>();
            String name = toks.get(first - 2).lower();
            if (isNameToken(toks.get(first - 2))) {
                return nameWords(toks, first - 2, -1);
            }
            if (name.length() >= 3 && !lexicon.isStopword(name)) {
                w.add(name);
            }
            return w;
        }
        if (first == 2 && toks.get(first - 1).isVerb() && isNameToken(toks.get(first - 2))) {
            return nameWords(toks, first - 2, -1);
        }
        if (!sizeOfThing) {
            return Set.of();
        }
        // "an asteroid called Didymos"
        for (int i = last + 1; i + 1 < Math.min(toks.size(), last + 4); i++) {
            if ((toks.get(i).lower().equals("called") || toks.get(i).lower().equals("named")) && isNameToken(toks.get(i + 1))) {
                return nameWords(toks, i + 1, 1);
            }
        }
        // "Didymos, the larger asteroid, has a diameter of 2,525 feet": the name the clause is about,
        // unless another happening comes between ("DART flew into an asteroid half a mile across")
        for (int i = first - 1; i >= Math.max(0, first - 2 * WINDOW); i--) {
            Token t = toks.get(i);
            if (isNameToken(t)) {
                return nameWords(toks, i, -1);
            }
            // a capitalised word inside the sentence that the tagger took for a common noun: "the Orion mission"
            if (i > 0 && t.pos().equals("NOUN") && Character.isUpperCase(t.text().charAt(0)) && !lexicon.isStopword(t.lower())) {
                return Set.of(t.lower());
            }
            // the figure's own verb ("the Orion mission cost $25 billion") does not stand between
            if (i == first - 1 && t.isVerb()) {
                continue;
            }
            if (t.isVerb() && !t.lemma().equals("be") && !t.lemma().equals("have") || t.text().equals(";")
                    || t.lower().equals("whereas") || t.lower().equals("while") || t.lower().equals("and")) {
                break;
            }
        }
        return Set.of();
    }

    /** "to Jair Bolsonaro's 43.2%": a name that owns the next figure, not this one. */
    private static boolean possessiveRun(List<Token> toks, int at) {
        int i = at;
        while (i < toks.size() && isNameToken(toks.get(i))) {
            if (toks.get(i).text().endsWith("’s") || toks.get(i).text().endsWith("'s")) {
                return true;
            }
            i++;
        }
        return i < toks.size() && (toks.get(i).text().equals("'s") || toks.get(i).text().equals("’s"));
    }

    private static boolean isNameToken(Token t) {
        return t.pos().equals("PROPN") && Character.isUpperCase(t.text().charAt(0));
    }

    private Set<String> nameWords(List<Token> toks, int at, int step) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = at; i >= 0 && i < toks.size() && isNameToken(toks.get(i)); i += step) {
            String w = toks.get(i).lower().replaceAll("[’']s$", "");
            if (w.length() >= 3 && !lexicon.isStopword(w) && !lexicon.isTitle(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Who the claim credits: "according to local officials", "the coast guard said", "said the Interior
     * Ministry". Empty when the claim credits no one.
     */
    private String attribution(Claim claim) {
        List<Token> toks = claim.tokens();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.lower().equals("according") && i + 1 < toks.size() && toks.get(i + 1).lower().equals("to")) {
                return phrase(toks, i + 2, 1);
            }
            // "the coast guard said", "said the ministry"; not "claimed the lives" or "announced the impact"
            if (t.isVerb() && (t.lemma().equals("say") || t.lemma().equals("tell") || t.lemma().equals("report"))) {
                String before = phrase(toks, i - 1, -1);
                String after = phrase(toks, i + 1, 1);
                return !before.isEmpty() ? before : hasCapital(after) ? after : "";
            }
        }
        return "";
    }

    /** A short noun phrase from {@code at}, read forwards or backwards. */
    /**
     * True when the words hold a capital letter. Not {@code matches(".*\p{Lu}.*")}: that backtracks from
     * every capital to the end of the words when they hold a character '.' does not match.
     */
    static boolean hasCapital(String words) {
        return words.codePoints().anyMatch(c -> Character.getType(c) == Character.UPPERCASE_LETTER);
    }

    private static String phrase(List<Token> toks, int at, int step) {
        List<String> words = new ArrayList<>();
        for (int i = at; i >= 0 && i < toks.size() && words.size() < 6; i += step) {
            Token t = toks.get(i);
            boolean part = t.isNoun() || t.pos().equals("ADJ") || t.pos().equals("DET") || t.text().equals("'s")
                    || t.text().equals("’s");
            if (!part) {
                break;
            }
            words.add(t.text());
        }
        if (step < 0) {
            java.util.Collections.reverse(words);
        }
        return String.join(" ", words);
    }

    /** "in the first round", "during the second half": the ordinal occasion a clause speaks of. */
    private String occasion(List<Token> toks) {
        for (int i = 1; i + 1 < toks.size(); i++) {
            Token t = toks.get(i);
            Integer n = vocabulary.ordinal(t.lower()).orElse(null);
            Token before = toks.get(i - 1);
            Token after = toks.get(i + 1);
            if (n != null && before.lower().equals("the") && after.pos().equals("NOUN") && !after.lemma().equals("time")
                    && i >= 2 && toks.get(i - 2).pos().equals("ADP")) {
                return n + ":" + after.lemma();
            }
        }
        return "";
    }

    private static int firstToken(List<Token> toks, Quantity q) {
        return Tokens.at(toks, q.span().start());
    }

    private static int lastToken(List<Token> toks, Quantity q) {
        int out = firstToken(toks, q);
        for (int i = out; i < toks.size() && toks.get(i).span().start() < q.span().end(); i++) {
            out = i;
        }
        return out;
    }
}
