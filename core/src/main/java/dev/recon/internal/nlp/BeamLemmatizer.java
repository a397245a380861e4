package dev.recon.internal.nlp;

import java.util.Objects;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * OpenNLP's statistical lemmatiser decoded by {@link BeamDecoder}: the same lemmas as
 * {@link LemmatizerME}, found without sorting every outcome score and, for recurring contexts, without
 * the model. {@code BeamLemmatizerTest} checks the lemmas against {@link LemmatizerME} on the bundled
 * corpora and the development clusters.
 *
 * <p>Not thread-safe, like {@link LemmatizerME}. Use one instance per thread; the model is shared.
 */
final class BeamLemmatizer {

    /** OpenNLP's default beam width, used when the model's manifest names none. */
    private static final int DEFAULT_BEAM = 3;
    private static final String BEAM_SIZE_PROPERTY = "BeamSize";
    private static final String MODEL_ARTIFACT = "lemmatizer.model";

    private final BeamDecoder decoder;

    BeamLemmatizer(LemmatizerModel lemmatizer) {
        Objects.requireNonNull(lemmatizer, "lemmatizer");
        Object artifact = lemmatizer.getArtifact(MODEL_ARTIFACT);
        if (!(artifact instanceof MaxentModel maxent)) {
            throw new IllegalArgumentException("the lemmatizer model holds no maximum-entropy model to decode");
        }
        String size = lemmatizer.getManifestProperty(BEAM_SIZE_PROPERTY);
        this.decoder = new BeamDecoder(maxent, size == null ? DEFAULT_BEAM : Integer.parseInt(size),
                lemmatizer.getFactory().getContextGenerator(), lemmatizer.getFactory().getSequenceValidator());
    }

    /** The lemma of each token, as {@link LemmatizerME#lemmatize(String[], String[])} gives it. */
    String[] lemmatize(String[] tokens, String[] tags) {
        if (tokens.length != tags.length) {
            throw new IllegalArgumentException(tokens.length + " tokens but " + tags.length + " tags");
        }
        String[] scripts = decoder.decode(tokens, new Object[] {tags});
        return scripts == null ? new String[tokens.length] : LemmatizerME.decodeLemmas(tokens, scripts);
    }
}
