package dev.recon.triage;

import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import java.util.Objects;

/**
 * A configured decision to stop counting a finding, by its stable id or by kind, always with a reason.
 *
 * @param id     a finding id, or null
 * @param kind   a finding kind, or null; exactly one of id and kind is set
 * @param reason why, for the next person who reads the configuration
 */
public record Suppression(String id, FindingKind kind, String reason) {

    public Suppression {
        if ((id == null) == (kind == null)) {
            throw new IllegalArgumentException("a suppression names either an id or a kind");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a suppression needs a reason");
        }
    }

    public boolean covers(Finding f) {
        return Objects.equals(id, f.id()) || kind == f.kind();
    }
}
