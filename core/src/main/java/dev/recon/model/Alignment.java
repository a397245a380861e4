package dev.recon.model;

import java.util.List;
import java.util.Objects;

/**
 * Claims from different sources that state one fact, at most one per source.
 *
 * @param id     stable id derived from the member claims' ids
 * @param claims the members, in source order
 * @param status whether they agree
 */
public record Alignment(String id, List<Claim> claims, AlignmentStatus status) {

    public Alignment {
        Objects.requireNonNull(id, "id");
        claims = List.copyOf(claims);
        Objects.requireNonNull(status, "status");
    }
}
