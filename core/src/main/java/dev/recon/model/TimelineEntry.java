package dev.recon.model;

import java.util.List;
import java.util.Objects;

/**
 * One dated fact across the sources: the value each source gives, the consensus, and who dissents.
 *
 * @param id        stable id from the claims involved
 * @param label     a short description, from the best-weighted claim
 * @param values    what each source says, in source order
 * @param consensus the time the weightiest sources agree on
 * @param when      the consensus as an interval, for ordering
 * @param dissent   ids of sources whose time conflicts with the consensus
 */
public record TimelineEntry(String id, String label, List<SourceValue> values, String consensus, TimeInterval when,
                            List<String> dissent) {

    public TimelineEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        values = List.copyOf(values);
        Objects.requireNonNull(consensus, "consensus");
        dissent = List.copyOf(dissent);
    }

    /** {@code agree}, {@code conflict} or {@code single}. */
    public String status() {
        if (!dissent.isEmpty()) {
            return "conflict";
        }
        return values.stream().map(SourceValue::source).distinct().count() > 1 ? "agree" : "single";
    }
}
