package dev.recon.kb;

import dev.recon.model.TimeInterval;
import java.util.List;
import java.util.Objects;

/**
 * One name of an entity, with the period in which it was the entity's name. A state keeps its
 * identity through a rename (Ceylon became Sri Lanka in 1972) while each of its names has a period of
 * its own, which is what makes "Sri Lanka" in a claim about 1965 wrong for its time.
 *
 * @param text    the name as written, matched case-sensitively as whole words
 * @param period  when the entity bore this name; null when the name is not dated (in use throughout)
 * @param sources where the name and its period come from: a data set's id or {@code curated: citation}
 */
public record EntityName(String text, TimeInterval period, List<String> sources) {

    public EntityName {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a name must not be blank");
        }
        sources = List.copyOf(sources);
    }

    /** An undated name with no recorded source. */
    public static EntityName of(String text) {
        return new EntityName(text, null, List.of());
    }

    /**
     * True when the name was not yet in use at any day of {@code t}: {@code t} ends before the name's
     * period begins. A name used after its period ended ("Burma" in 2015) is not early: former names
     * stay in deliberate use long after a rename.
     */
    public boolean notYetInUseAt(TimeInterval t) {
        return period != null && period.from() != null && t.to() != null && t.to().isBefore(period.from());
    }

    /** True when the name is dated and its period overlaps {@code t}. */
    public boolean inUseAt(TimeInterval t) {
        return period != null && period.overlaps(t);
    }
}
