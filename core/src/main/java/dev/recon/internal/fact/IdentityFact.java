package dev.recon.internal.fact;

import dev.recon.model.Claim;
import dev.recon.model.Span;
import java.util.Objects;

/**
 * What a claim says a named thing is: "Luna 9, the lander", "an orbiter called Luna 9", "HMS Amethyst
 * was a frigate".
 *
 * @param claim    the claim stating it
 * @param name     the name as written
 * @param key      the name folded for matching (case, diacritics and punctuation removed)
 * @param kind     lemma of the class noun ("lander", "frigate")
 * @param span     the name and its description in the original text
 */
public record IdentityFact(Claim claim, String name, String key, String kind, Span span) {

    public IdentityFact {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
    }

    public String sourceId() {
        return claim.sourceId();
    }
}
