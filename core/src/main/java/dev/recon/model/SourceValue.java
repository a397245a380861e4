package dev.recon.model;

import java.util.Objects;

/**
 * What one source says about when a fact happened.
 *
 * @param claim the claim that says it
 * @param time  the time it gives
 */
public record SourceValue(Claim claim, TimeMention time) {

    public SourceValue {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(time, "time");
    }

    public String source() {
        return claim.sourceId();
    }
}
