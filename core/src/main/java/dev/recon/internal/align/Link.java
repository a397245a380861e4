package dev.recon.internal.align;

import dev.recon.model.Claim;
import java.util.Objects;

/**
 * Two claims from different sources that say the same thing, with how alike their wording is.
 *
 * @param a          one claim
 * @param b          the other, from another source
 * @param score      overall similarity in [0, 1]
 * @param wordRatio  share of words the two have in common in order (from a word-level diff), in [0, 1]
 */
public record Link(Claim a, Claim b, double score, double wordRatio) {

    public Link {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
    }

}
