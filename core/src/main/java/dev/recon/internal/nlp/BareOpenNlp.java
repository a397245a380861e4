package dev.recon.internal.nlp;

import dev.recon.nlp.LanguageModels;
import java.util.Objects;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * The baseline recon's speed is measured against: OpenNLP's own four-stage pipeline (sentences,
 * tokens, parts of speech, lemmas) over a text, with the same models and nothing else. A benchmark
 * runs it beside a reconciliation so that the ratio of the two is one command. Not thread-safe: one
 * instance per thread.
 */
public final class BareOpenNlp {

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;

    /** OpenNLP's bare pipeline over {@code models}, the baseline of {@code recon bench}; one per thread. */
    public BareOpenNlp(LanguageModels models) {
        Objects.requireNonNull(models, "models");
        this.sentences = new SentenceDetectorME(models.sentenceModel());
        this.tokenizer = new TokenizerME(models.tokenizerModel());
        this.tagger = new POSTaggerME(models.posModel(), POSTagFormat.UD);
        this.lemmatizer = new LemmatizerME(models.lemmatizerModel());
    }

    /** Runs the four stages over {@code text} and returns how many tokens it lemmatised. */
    public int run(String text) {
        int tokens = 0;
        for (String sentence : sentences.sentDetect(text)) {
            String[] words = tokenizer.tokenize(sentence);
            String[] tags = tagger.tag(words);
            tokens += lemmatizer.lemmatize(words, tags).length;
        }
        return tokens;
    }
}
