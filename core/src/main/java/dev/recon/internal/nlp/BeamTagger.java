package dev.recon.internal.nlp;

import java.util.Objects;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerME;

/**
 * OpenNLP's part-of-speech tagger decoded by {@link BeamDecoder}: the same Universal Dependencies tags
 * as {@link POSTaggerME}, with recurring contexts answered from memory. A model that does not tag in
 * Universal Dependencies is tagged by {@link POSTaggerME} itself, which converts its tags.
 * {@code BeamTaggerTest} checks the tags against {@link POSTaggerME} on the bundled corpora and the
 * development clusters.
 *
 * <p>Not thread-safe, like {@link POSTaggerME}. Use one instance per thread; the model is shared.
 */
final class BeamTagger {

    /** OpenNLP's default beam width, used when the model's manifest names none. */
    private static final int DEFAULT_BEAM = 3;
    private static final String BEAM_SIZE_PROPERTY = "BeamSize";
    private static final String MODEL_ARTIFACT = "pos.model";
    private static final Object[] NO_EXTRA = new Object[0];

    private final BeamDecoder decoder;
    private final POSTaggerME converting;

    BeamTagger(POSModel pos) {
        Objects.requireNonNull(pos, "pos");
        Object artifact = pos.getArtifact(MODEL_ARTIFACT);
        if (artifact instanceof MaxentModel maxent && POSTagFormatMapper.guessFormat(pos) == POSTagFormat.UD) {
            String size = pos.getManifestProperty(BEAM_SIZE_PROPERTY);
            int beam = size == null ? DEFAULT_BEAM : Integer.parseInt(size);
            this.decoder = new BeamDecoder(maxent, beam, pos.getFactory().getPOSContextGenerator(beam),
                    pos.getFactory().getSequenceValidator());
            this.converting = null;
        } else {
            this.decoder = null;
            this.converting = new POSTaggerME(pos, POSTagFormat.UD);
        }
    }

    /** The tag of each token, as {@code new POSTaggerME(model, POSTagFormat.UD).tag(tokens)} gives it. */
    String[] tag(String[] tokens) {
        if (decoder == null) {
            return converting.tag(tokens);
        }
        String[] tags = decoder.decode(tokens, NO_EXTRA);
        return tags == null ? new String[tokens.length] : tags;
    }
}
