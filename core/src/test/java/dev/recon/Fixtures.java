package dev.recon;

import dev.recon.kb.KnowledgeBase;
import dev.recon.nlp.LanguageModels;

/** Expensive, immutable things tests share: loaded once per test JVM. */
public final class Fixtures {

    public static final LanguageModels MODELS = LanguageModels.english();
    public static final KnowledgeBase KB = KnowledgeBase.embedded();
    public static final dev.recon.internal.lexicon.WordNet WORDNET = dev.recon.internal.lexicon.WordNet.english();
    public static final dev.recon.internal.lexicon.StateNouns STATE_NOUNS =
            dev.recon.internal.lexicon.StateNouns.of(WORDNET, dev.recon.internal.lexicon.Lexicon.english());
    private static Reconciler reconciler;

    private Fixtures() {
    }

    public static synchronized Reconciler reconciler() {
        if (reconciler == null) {
            reconciler = Reconciler.builder().models(MODELS).knowledgeBase(KB).wordNet(WORDNET).build();
        }
        return reconciler;
    }
}
