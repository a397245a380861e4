package dev.recon.finding;

import java.util.List;
import java.util.Objects;

/**
 * One discrepancy, with the quotes that show it.
 *
 * @param id       stable id: the same input gives the same id, and edits elsewhere in the files leave it
 * @param kind     what kind of discrepancy
 * @param severity how much it matters
 * @param message  one sentence a person understands
 * @param evidence the quotes, at least one
 * @param claims   ids of the claims involved
 */
public record Finding(String id, FindingKind kind, Severity severity, String message, List<Evidence> evidence,
                      List<String> claims) {

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        evidence = List.copyOf(evidence);
        claims = List.copyOf(claims);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a finding needs evidence: " + message);
        }
    }
}
