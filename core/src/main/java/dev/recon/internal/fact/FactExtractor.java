package dev.recon.internal.fact;

import dev.recon.model.Claim;
import java.util.List;

/** Reads the facts a claim states. Implementations are immutable and thread-safe. */
public interface FactExtractor {

    /** The facts {@code claim} states, in text order; empty when it states none this extractor knows. */
    List<FigureFact> extract(Claim claim);
}
