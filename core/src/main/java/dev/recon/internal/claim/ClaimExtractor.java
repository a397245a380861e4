package dev.recon.internal.claim;

import dev.recon.model.Claim;
import dev.recon.model.Frame;
import dev.recon.model.CitationMarker;
import dev.recon.kb.Entity;
import dev.recon.internal.kb.EntityLinker;
import dev.recon.kb.EntityMention;
import dev.recon.kb.EntityType;
import dev.recon.internal.layout.Block;
import dev.recon.internal.layout.Layout;
import dev.recon.internal.layout.LayoutAnalyzer;
import dev.recon.model.EventClass;
import dev.recon.internal.lexicon.Genericity;
import dev.recon.internal.lexicon.Lexicon;
import dev.recon.internal.text.Offsets;
import dev.recon.internal.text.Quotations;
import dev.recon.internal.nlp.Annotator;
import dev.recon.internal.nlp.Sentence;
import dev.recon.model.Token;
import dev.recon.model.Quantity;
import dev.recon.internal.quantity.QuantityExtractor;
import dev.recon.source.Notice;
import dev.recon.source.Source;
import dev.recon.internal.text.Hashes;
import dev.recon.model.Span;
import dev.recon.model.Relation;
import dev.recon.model.TimeInterval;
import dev.recon.model.TimeMention;
import dev.recon.internal.time.TimexTagger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a source into claims: layout, sentences, clauses, then the times, names, figures, happenings
 * and citations of each clause. Immutable and thread-safe given one {@link Annotator} per thread.
 */
public final class ClaimExtractor {

    /** Extra distance, in characters, for attaching a time to a noun or adjective rather than a verb. */
    private static final int NOMINAL_PENALTY = 25;

    /** An opening phrase up to its comma: "Following the war in 1975," "Before independence in 1947,". */
    private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern.compile(
            "^(Following|After|Before|Prior to|In the wake of)\\b[^,;]{0,80}?,");

    private final LayoutAnalyzer layouts;
    private final TimexTagger tagger;
    private final EntityLinker linker;
    private final QuantityExtractor quantities;
    private final Lexicon lexicon;
    private final Genericity genericity;

    public ClaimExtractor(LayoutAnalyzer layouts, TimexTagger tagger, EntityLinker linker,
                          QuantityExtractor quantities, Lexicon lexicon, Genericity genericity) {
        this.layouts = Objects.requireNonNull(layouts, "layouts");
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.linker = Objects.requireNonNull(linker, "linker");
        this.quantities = Objects.requireNonNull(quantities, "quantities");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.genericity = Objects.requireNonNull(genericity, "genericity");
    }

    public AnalyzedSource analyze(Source source, Annotator annotator) {
        return analyze(source, annotator, percent -> { });
    }

    /**
     * Reads the claims of {@code source}, telling {@code percentRead} how far it has got (0 to 100, each
     * value once, in order) so that a long single file shows progress.
     */
    public AnalyzedSource analyze(Source source, Annotator annotator, java.util.function.IntConsumer percentRead) {
        String text = source.text();
        int reported = -1;
        Layout layout = layouts.analyze(text);
        String masked = layout.masked();
        // a date line at the top of a web page is the document's creation time: "Friday" and
        // "September 9" resolve against it
        List<TimeMention> allTimes = layout.documentDate().map(d -> tagger.tag(masked, d)).orElseGet(() -> tagger.tag(masked))
                .stream().sorted(java.util.Comparator.comparingInt(t -> t.span().start())).toList();
        int pieces = 0;
        int pieceChars = 0;
        int firstPiece = -1;
        List<Claim> claims = new ArrayList<>();
        Map<String, Integer> seenIds = new HashMap<>();
        List<CitationMarker> markers = layout.markers().stream()
                .sorted(java.util.Comparator.comparingInt(m -> m.span().start())).toList();
        for (Block para : layout.paragraphs()) {
            int percent = text.isEmpty() ? 100 : (int) (100L * para.span().start() / text.length());
            if (percent > reported) {
                reported = percent;
                percentRead.accept(percent);
            }
            List<Sentence> inPara = annotator.sentences(masked, para.span());
            TimeInterval narrative = null;
            for (int s = 0; s < inPara.size(); s++) {
                Sentence sentence = inPara.get(s);
                if (!isStatement(sentence)) {
                    continue;
                }
                if (sentence.piece()) {
                    pieces++;
                    pieceChars += sentence.span().length();
                    firstPiece = firstPiece < 0 ? sentence.span().start() : firstPiece;
                }
                int nextStart = s + 1 < inPara.size() ? inPara.get(s + 1).span().start() : para.span().end() + 1;
                List<TimeMention> sentenceTimes = within(allTimes, sentence.span());
                List<EntityMention> sentenceEntities = entities(masked, sentence, sentenceTimes);
                TimeInterval when = when(sentenceTimes, sentenceEntities);
                List<List<Token>> clauses = clauses(sentence.tokens());
                for (int c = 0; c < clauses.size(); c++) {
                    List<Token> toks = clauses.get(c);
                    Span span = new Span(toks.get(0).span().start(), toks.get(toks.size() - 1).span().end());
                    boolean last = c == clauses.size() - 1;
                    List<CitationMarker> cites = markersBetween(markers, span.start(), last ? nextStart : span.end()).stream()
                            .filter(m -> span.contains(m.span()) || (last && m.span().start() >= span.end()))
                            .toList();
                    Claim claim = claim(source, layout.flowed(), para.section(), span, toks, sentenceTimes, sentenceEntities,
                            cites, when, seenIds, narrative);
                    narrative = claim.context();
                    claims.add(claim);
                }
            }
        }
        List<Notice> notices = new ArrayList<>();
        if (pieces > 0) {
            notices.add(new Notice(source.id(), String.format(Locale.ROOT,
                    "%,d characters from offset %d on run longer than %,d characters without a sentence end; "
                            + "they were analysed in %,d pieces cut at clause or word boundaries.",
                    pieceChars, firstPiece, Annotator.MAX_SENTENCE_CHARS, pieces)));
        }
        return new AnalyzedSource(source, layout, claims, Quotations.of(text,
                layout.paragraphs().stream().mapToInt(b -> b.span().start()).sorted().toArray()), notices);
    }

    /**
     * A sentence states something when it has a verb, or, since a tagger misses some verbs
     * ("underwent"), when it is a long sentence ending in a full stop. Short verbless lines are captions.
     */
    private static boolean isStatement(Sentence s) {
        List<Token> t = s.tokens();
        if (t.size() < 3) {
            return false;
        }
        boolean terminated = t.get(t.size() - 1).text().matches("[.!?]");
        long words = t.stream().filter(x -> !x.pos().equals("PUNCT")).count();
        return s.hasVerb() || (terminated && words >= 8) || (terminated && hasMistaggedVerb(t));
    }

    /**
     * "The blast injured 30 people.": a past form the tagger took for an adjective, recognisable by an
     * object right after it.
     */
    private static boolean hasMistaggedVerb(List<Token> t) {
        for (int i = 1; i + 1 < t.size(); i++) {
            Token w = t.get(i);
            Token next = t.get(i + 1);
            if (w.pos().equals("ADJ") && w.text().matches("[a-z]+ed") && (next.pos().equals("NUM") || next.pos().equals("DET"))) {
                return true;
            }
        }
        return false;
    }

    private Claim claim(Source source, String flowed, String section, Span span, List<Token> toks, List<TimeMention> sentenceTimes,
                        List<EntityMention> sentenceEntities, List<CitationMarker> cites, TimeInterval sentenceWhen,
                        Map<String, Integer> seenIds, TimeInterval narrative) {
        // the text as read, soft line breaks as spaces; reports quote the file itself at the span
        String text = span.of(flowed);
        List<TimeMention> times = within(sentenceTimes, span);
        List<EntityMention> ents = sentenceEntities.stream().filter(e -> span.contains(e.span())).toList();
        List<Quantity> qs = quantities.extract(flowed, toks,
                offset -> times.stream().anyMatch(t -> t.span().contains(offset)));
        TimeInterval own = openingClause(text, span, times);
        if (own == null) {
            own = when(times, ents);
        }
        TimeInterval when = own != null ? own : sentenceWhen;
        boolean hedged = toks.stream().anyMatch(t -> lexicon.isHedge(t.lemma()));
        return new Claim(id(source.id(), text, seenIds), source.id(), span, text, section, toks, times, ents, qs,
                cites, frames(toks, times), when, hedged, when != null ? when : narrative);
    }

    /**
     * "Following the reunification in 1975, relations remained cordial": an opening phrase that places
     * the rest of the clause after (or, with "Before", before) the time it names.
     */
    private static TimeInterval openingClause(String text, Span span, List<TimeMention> times) {
        java.util.regex.Matcher m = OPENING.matcher(text);
        if (!m.find()) {
            return null;
        }
        for (TimeMention t : times) {
            if (t.interval() != null && t.span().end() - span.start() <= m.end()) {
                String word = m.group(1).toLowerCase(Locale.ROOT);
                if (word.equals("before") || word.equals("prior to")) {
                    return t.interval().from() == null ? null : new TimeInterval(null, t.interval().from().minusDays(1));
                }
                return t.interval().to() == null ? null : new TimeInterval(t.interval().to().plusDays(1), null);
            }
        }
        return null;
    }

    /** The names in a sentence: knowledge-base names, then other proper-noun runs. */
    private List<EntityMention> entities(String masked, Sentence sentence, List<TimeMention> times) {
        List<EntityMention> known = linker.link(masked, sentence);
        List<EntityMention> out = new ArrayList<>(known);
        List<Token> toks = sentence.tokens();
        int i = 0;
        int previousEnd = 0;
        while (i < toks.size()) {
            int j = i;
            while (j < toks.size() && (isName(toks.get(j)) || (j > i && joinsName(toks, j)))) {
                j++;
            }
            if (j > i) {
                // the tagger reads some capitalised words of a name as nouns: "by Luiz Inácio Lula da Silva"
                while (i - 1 > previousEnd - 1 && i - 1 > 0 && extendsName(toks.get(i - 1), known, times)) {
                    i--;
                }
                j = nameEnd(toks, j, known, times);
                previousEnd = j;
                Token t = toks.get(i);
                int from = i;
                while (from < j - 1 && lexicon.isTitle(toks.get(from).text())) {
                    from++;
                }
                Span span = new Span(toks.get(from).span().start(), toks.get(j - 1).span().end());
                String covered = span.of(masked);
                if (covered.endsWith("'s") || covered.endsWith("’s")) {
                    span = new Span(span.start(), span.end() - 2);
                }
                Span name = span;
                boolean overlapsKnown = known.stream().anyMatch(k -> k.span().overlaps(name))
                        || times.stream().anyMatch(tm -> tm.span().overlaps(name));
                boolean commonAtStart = i == 0 && j == i + 1 && (lexicon.isStopword(t.lemma()) || genericity.isGeneric(t.lemma()));
                if (!overlapsKnown && !commonAtStart && !span.isEmpty() && !lexicon.isTitle(span.of(masked))) {
                    out.add(new EntityMention(span, span.of(masked), List.of(), false));
                }
                i = j;
            } else {
                i++;
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** Opening and closing quotation marks around a nickname inside a name: Edson ‘Pelé’ Arantes. */
    private static final Set<String> OPEN_QUOTES = Set.of("‘", "“", "'", "\"");
    private static final Set<String> CLOSE_QUOTES = Set.of("’", "”", "'", "\"");

    /**
     * Where a name run that ends before {@code j} really ends: it goes on over capitalised words the
     * tagger did not call names, over a particle between two capitalised words ("Lula da Silva",
     * "Ludwig van Beethoven") and over a quoted nickname ("Luiz Inácio ‘Lula’ da Silva").
     */
    private int nameEnd(List<Token> toks, int j, List<EntityMention> known, List<TimeMention> times) {
        while (j < toks.size()) {
            Token t = toks.get(j);
            if (extendsName(t, known, times)) {
                j++;
            } else if (lexicon.isNameParticle(t.text()) && j + 1 < toks.size()
                    && extendsName(toks.get(j + 1), known, times)) {
                j += 2;
            } else if (QUOTED_WORD.matcher(t.text()).matches()) {
                j++;
            } else if (OPEN_QUOTES.contains(t.text()) && j + 2 < toks.size()
                    && extendsName(toks.get(j + 1), known, times) && CLOSE_QUOTES.contains(toks.get(j + 2).text())) {
                j += 3;
            } else {
                return j;
            }
        }
        return j;
    }

    /** A capitalised word that may continue a name: not a title, function word, known name or time. */
    private boolean extendsName(Token t, List<EntityMention> known, List<TimeMention> times) {
        return CAPITALISED_WORD.matcher(t.text()).matches() && !lexicon.isTitle(t.text())
                && !lexicon.isStopword(t.lower())
                && known.stream().noneMatch(k -> k.span().overlaps(t.span()))
                && times.stream().noneMatch(tm -> tm.span().overlaps(t.span()));
    }

    /** A nickname the tokenizer kept with its quotes: "‘Lula’". */
    private static final java.util.regex.Pattern QUOTED_WORD =
            java.util.regex.Pattern.compile("[‘“'\"]\\p{Lu}[\\p{L}.-]*[’”'\"]");
    private static final java.util.regex.Pattern CAPITALISED_WORD =
            java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}’'.-]*");

    private static boolean isName(Token t) {
        return t.pos().equals("PROPN") && Character.isUpperCase(t.text().charAt(0));
    }

    /** A hyphen glued between two capitalised names joins them: "Carl-Henric". */
    private static boolean joinsName(List<Token> toks, int j) {
        Token t = toks.get(j);
        return (t.text().equals("-") || t.text().equals("‐")) && j + 1 < toks.size() && isName(toks.get(j - 1))
                && Character.isUpperCase(toks.get(j + 1).text().charAt(0))
                && toks.get(j - 1).span().end() == t.span().start() && t.span().end() == toks.get(j + 1).span().start();
    }

    /**
     * The time a statement speaks of: the span of its bounded times, else the period of a war or other
     * event it names ("During the Cambodian Civil War, ...").
     */
    private static TimeInterval when(List<TimeMention> times, List<EntityMention> entities) {
        TimeInterval out = null;
        for (TimeMention t : times) {
            if (t.interval() != null && t.relation() != Relation.DURATION) {
                out = out == null ? t.interval() : out.span(t.interval());
            }
        }
        if (out != null) {
            return out;
        }
        for (EntityMention e : entities) {
            Optional<Entity> event = e.candidates().stream().filter(x -> x.type() == EntityType.EVENT
                    && x.period() != null).findFirst();
            if (event.isPresent()) {
                return event.get().period();
            }
        }
        return null;
    }

    /** Splits a sentence where a new clause with its own verb begins after ';' or ', whereas'. */
    private List<List<Token>> clauses(List<Token> tokens) {
        List<List<Token>> out = new ArrayList<>();
        int start = 0;
        for (int k = 1; k < tokens.size() - 1; k++) {
            Token t = tokens.get(k);
            boolean semicolon = t.text().equals(";");
            boolean opener = lexicon.isClauseOpener(t.lower()) && tokens.get(k - 1).text().equals(",");
            if (!semicolon && !opener) {
                continue;
            }
            int rightFrom = semicolon ? k + 1 : k;
            int leftTo = tokens.get(k - 1).text().equals(",") ? k - 1 : k;
            if (hasClause(tokens.subList(start, leftTo)) && hasClause(tokens.subList(rightFrom, tokens.size()))
                    && (semicolon || hasSubjectThenVerb(tokens.subList(k + 1, tokens.size())))) {
                out.add(tokens.subList(start, leftTo));
                start = rightFrom;
            }
        }
        out.add(tokens.subList(start, tokens.size()));
        return out;
    }

    private static boolean hasClause(List<Token> toks) {
        return toks.size() >= 4 && toks.stream().anyMatch(Token::isVerb);
    }

    /** "as Pyongyang maintained ...": a subject, then a verb within a few words. */
    private static boolean hasSubjectThenVerb(List<Token> toks) {
        for (int i = 0; i < Math.min(toks.size(), 6); i++) {
            Token t = toks.get(i);
            if (t.isVerb()) {
                return i > 0;
            }
            if (!(t.isNoun() || t.pos().equals("PRON") || t.pos().equals("DET") || t.pos().equals("ADJ")
                    || t.pos().equals("NUM") || t.text().equals("'s"))) {
                return false;
            }
        }
        return false;
    }

    /** Happenings named in a clause, each with the times nearest after (else before) it. */
    private List<Frame> frames(List<Token> toks, List<TimeMention> times) {
        List<Integer> triggers = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if ((t.isVerb() || t.pos().equals("NOUN") || t.pos().equals("ADJ"))
                    && lexicon.eventClass(t.lemma()).isPresent()) {
                triggers.add(i);
            }
        }
        Map<Integer, List<TimeMention>> attached = new HashMap<>();
        for (TimeMention tm : times) {
            if (tm.relation() == Relation.DURATION) {
                continue;
            }
            Integer best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (int i : triggers) {
                Token t = toks.get(i);
                // a time phrase attaches to the verb before it sooner than to a noun or adjective
                int d = (t.span().end() <= tm.span().start() ? tm.span().start() - t.span().end()
                        : 3 * (t.span().start() - tm.span().end()) + 40) + (t.isVerb() ? 0 : NOMINAL_PENALTY);
                if (d >= 0 && d < bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
            if (best != null) {
                attached.computeIfAbsent(best, k -> new ArrayList<>()).add(tm);
            }
        }
        List<Frame> out = new ArrayList<>();
        for (int i : triggers) {
            EventClass ec = lexicon.eventClass(toks.get(i).lemma()).orElseThrow();
            out.add(new Frame(ec, toks.get(i), object(toks, i), attached.getOrDefault(i, List.of())));
        }
        return out;
    }

    /**
     * The common noun a verb acts on directly: the head of the noun compound that follows it
     * ("established formal diplomatic relations" → relation, "founded a groundwood pulp mill" → mill).
     */
    private String object(List<Token> toks, int verb) {
        if (!toks.get(verb).isVerb()) {
            return "";
        }
        String head = "";
        for (int k = verb + 1; k < Math.min(toks.size(), verb + 7); k++) {
            Token t = toks.get(k);
            if (t.pos().equals("NOUN")) {
                head = t.lemma();
            } else if (!head.isEmpty() || !(t.pos().equals("ADJ") || t.pos().equals("DET") || t.pos().equals("ADV"))) {
                break;
            }
        }
        return genericity.isParticipant(head) ? "" : head;
    }

    /** The times inside {@code span}; {@code times} is in text order. */
    private static List<TimeMention> within(List<TimeMention> times, Span span) {
        List<TimeMention> out = new ArrayList<>();
        for (int i = Offsets.firstAtOrAfter(times, t -> t.span().start(), span.start()); i < times.size() && times.get(i).span().start() < span.end(); i++) {
            if (span.contains(times.get(i).span())) {
                out.add(times.get(i));
            }
        }
        return out;
    }

    /** The citation markers from {@code from} (inclusive) to {@code to} (exclusive), markers being in text order. */
    private static List<CitationMarker> markersBetween(List<CitationMarker> markers, int from, int to) {
        List<CitationMarker> out = new ArrayList<>();
        for (int i = Offsets.firstAtOrAfter(markers, m -> m.span().start(), from); i < markers.size() && markers.get(i).span().start() < to; i++) {
            out.add(markers.get(i));
        }
        return out;
    }

    /** "c-SOURCE-HASH": from the claim's own words, so edits elsewhere leave it alone. */
    private static String id(String sourceId, String text, Map<String, Integer> seen) {
        String norm = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        String base = "c-" + sourceId + "-" + Hashes.sha256(norm).substring(0, 8);
        int n = seen.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }
}
