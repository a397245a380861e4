package dev.recon.nlp;

import dev.recon.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
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
    /** Bounds the sentence cache of one annotator. */
    private static final int MAX_CACHED = 50_000;

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;
    private final Abbreviations abbreviations;
    /**
     * Tokens of texts already annotated, relative to their start. Mirrors and copies repeat whole
     * sentences, and tagging and lemmatising dominate the cost of a run; the cache lives as long as
     * this annotator, which one thread uses for one reconciliation.
     */
    private final Map<String, List<Token>> seen = new HashMap<>();

    Annotator(SentenceModel s, TokenizerModel t, POSModel p, LemmatizerModel l, Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
        this.sentences = new SentenceDetectorME(s);
        this.tokenizer = new TokenizerME(t);
        this.tagger = new POSTaggerME(p, POSTagFormat.UD);
        this.lemmatizer = new LemmatizerME(l);
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
            out.add(new Sentence(span, tokens(text, span)));
        }
        return out;
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
                    words[i], head(tags[i]), head(lemma).toLowerCase(Locale.ROOT)));
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
