package dev.recon.internal.nlp;

import dev.recon.model.Token;
import dev.recon.nlp.LanguageModels;
import dev.recon.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Sentence splitting, tokenisation, tagging and lemmatisation of text regions. <b>Not thread-safe</b>:
 * OpenNLP's {@code *ME} classes keep state, so each thread makes its own from the shared
 * {@link LanguageModels}.
 */
public final class Annotator {

    /** Parts of speech of a word that an attributive abbreviation ("U.S. President") can modify. */
    private static final Set<String> NOMINAL = Set.of("PROPN", "NOUN", "ADJ");
    /**
     * Longest run of text tagged as one sentence. Real sentences stay far below it; a longer run (a
     * table flattened into one line, a list of figures without full stops) is cut at clause or word
     * boundaries, since tagging, lemmatising and word diffs cost more than linear time in its length.
     */
    public static final int MAX_SENTENCE_CHARS = 1_000;
    /** A cut is sought no earlier than this share of the limit, so pieces stay long enough to read. */
    private static final double MIN_PIECE_SHARE = 0.5;
    /** Bounds the sentence cache of one annotator. */
    private static final int MAX_CACHED = 50_000;

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final BeamTagger tagger;
    private final BeamLemmatizer lemmatizer;
    private final Abbreviations abbreviations;
    /**
     * Tokens of texts already annotated, relative to their start. Mirrors and copies repeat whole
     * sentences, and tagging and lemmatising dominate the cost of a run; the cache lives as long as
     * this annotator, which one thread uses for one reconciliation, and is shared with the annotators
     * of the same reconciliation's other threads, so that a sentence one thread has read is not read
     * again by another. A text's tokens depend on that text alone, so sharing changes no answer.
     */
    private final Map<String, List<Token>> seen;
    /**
     * One copy of each word, tag and lemma string: a long source repeats its vocabulary thousands of
     * times, and three fresh strings per token were most of its memory.
     */
    private final Map<String, String> strings;

    Annotator(SentenceModel s, TokenizerModel t, POSModel p, LemmatizerModel l, Abbreviations abbreviations) {
        this(s, t, p, l, abbreviations, new HashMap<>(), new HashMap<>());
    }

    /** A fresh annotator over {@code models}, for use by one thread. */
    public static Annotator over(LanguageModels models) {
        return new Annotator(models.sentenceModel(), models.tokenizerModel(), models.posModel(), models.lemmatizerModel(),
                Abbreviations.english());
    }

    /**
     * {@code count} fresh annotators over {@code models}, one for each thread of one piece of work, that
     * share what they have annotated: each is used by one thread, the caches by all of them.
     */
    public static List<Annotator> sharing(LanguageModels models, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        Map<String, List<Token>> seen = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, String> strings = new java.util.concurrent.ConcurrentHashMap<>();
        List<Annotator> out = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new Annotator(models.sentenceModel(), models.tokenizerModel(), models.posModel(),
                    models.lemmatizerModel(), Abbreviations.english(), seen, strings));
        }
        return List.copyOf(out);
    }

    /** An annotator sharing its caches with others: the maps must be safe for concurrent use if they are. */
    Annotator(SentenceModel s, TokenizerModel t, POSModel p, LemmatizerModel l, Abbreviations abbreviations,
              Map<String, List<Token>> seen, Map<String, String> strings) {
        this.seen = seen;
        this.strings = strings;
        this.abbreviations = abbreviations;
        this.sentences = new SentenceDetectorME(s);
        this.tokenizer = new TokenizerME(t);
        this.tagger = new BeamTagger(p);
        this.lemmatizer = new BeamLemmatizer(l);
    }

    /**
     * Splits {@code region} of {@code text} into annotated sentences.
     *
     * @param text   the (masked) text; offsets in the result index it
     * @param region the part to annotate, such as one paragraph
     */
    public List<Sentence> sentences(String text, Span region) {
        String part = region.of(text);
        List<Span> spans = new ArrayList<>();
        for (opennlp.tools.util.Span s : sentences.sentPosDetect(part)) {
            Span span = new Span(region.start() + s.getStart(), region.start() + s.getEnd()).trim(text);
            if (!span.isEmpty()) {
                spans.add(span);
            }
        }
        List<Sentence> out = new ArrayList<>();
        for (Span span : mergeAbbreviationSplits(text, spans)) {
            if (span.length() <= MAX_SENTENCE_CHARS) {
                out.add(new Sentence(span, tokens(text, span)));
                continue;
            }
            for (Span piece : pieces(text, span)) {
                out.add(new Sentence(piece, tokens(text, piece), true));
            }
        }
        return out;
    }

    /** Cuts an over-long sentence at its last semicolon, comma or space before each limit. */
    static List<Span> pieces(String text, Span span) {
        List<Span> out = new ArrayList<>();
        int start = span.start();
        int minPiece = (int) (MAX_SENTENCE_CHARS * MIN_PIECE_SHARE);
        while (span.end() - start > MAX_SENTENCE_CHARS) {
            int limit = start + MAX_SENTENCE_CHARS;
            int cut = lastBreak(text, start + minPiece, limit, ';');
            if (cut < 0) {
                cut = lastBreak(text, start + minPiece, limit, ',');
            }
            if (cut < 0) {
                cut = lastBreak(text, start + minPiece, limit, ' ');
            }
            if (cut < 0) {
                cut = Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
            }
            Span piece = new Span(start, cut).trim(text);
            if (!piece.isEmpty()) {
                out.add(piece);
            }
            start = cut;
        }
        Span last = new Span(start, span.end()).trim(text);
        if (!last.isEmpty()) {
            out.add(last);
        }
        return out;
    }

    /** The offset just after the last {@code mark} in [from, to), or -1. */
    private static int lastBreak(String text, int from, int to, char mark) {
        for (int i = to - 1; i >= from; i--) {
            if (text.charAt(i) == mark || mark == ' ' && Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The sentence model splits after some abbreviations ("on Wednesday, Aug." | "24, 2005", "at 8:50
     * p.m." | "they were charged"); joins each such pair back when the next word continues the sentence.
     */
    private List<Span> mergeAbbreviationSplits(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        Span current = null;
        for (Span next : spans) {
            if (current != null && abbreviations.continues(current.of(text), next.of(text),
                    () -> startsNominal(text, next))) {
                current = new Span(current.start(), next.end());
                continue;
            }
            if (current != null) {
                out.add(current);
            }
            current = next;
        }
        if (current != null) {
            out.add(current);
        }
        return out;
    }

    private boolean startsNominal(String text, Span span) {
        List<Token> toks = tokens(text, span);
        return !toks.isEmpty() && NOMINAL.contains(toks.get(0).pos());
    }

    /** Tokens of one span, tagged and lemmatised. */
    public List<Token> tokens(String text, Span span) {
        String part = span.of(text);
        List<Token> relative = seen.get(part);
        if (relative == null) {
            relative = annotate(part);
            if (seen.size() < MAX_CACHED) {
                seen.put(part, relative);
            }
        }
        List<Token> out = new ArrayList<>(relative.size());
        for (Token t : relative) {
            out.add(new Token(t.span().shift(span.start()), t.text(), t.pos(), t.lemma()));
        }
        return out;
    }

    private String shared(String s) {
        String known = strings.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    /** Tokens of {@code part}, with spans relative to its start. */
    private List<Token> annotate(String part) {
        opennlp.tools.util.Span[] pos = tokenizer.tokenizePos(part);
        String[] words = new String[pos.length];
        for (int i = 0; i < pos.length; i++) {
            words[i] = pos[i].getCoveredText(part).toString();
        }
        String[] tags = tagger.tag(words);
        String[] lemmas = lemmatizer.lemmatize(words, tags);
        List<Token> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String lemma = lemmas[i] == null || lemmas[i].equals("O") || lemmas[i].isEmpty() ? words[i] : lemmas[i];
            out.add(new Token(new Span(pos[i].getStart(), pos[i].getEnd()),
                    shared(words[i]), shared(head(tags[i])), shared(head(lemma).toLowerCase(Locale.ROOT))));
        }
        return out;
    }

    /**
     * The UD models tag fused tokens with compound tags and lemmas ("its" as {@code PRON+AUX} and
     * "it+be", "world's" as {@code NOUN+PART}); the first part is the word's own.
     */
    static String head(String tagOrLemma) {
        int plus = tagOrLemma.indexOf('+');
        return plus > 0 ? tagOrLemma.substring(0, plus) : tagOrLemma;
    }
}
