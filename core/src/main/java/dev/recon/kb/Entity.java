package dev.recon.kb;

import dev.recon.time.TimeInterval;
import java.util.List;
import java.util.Objects;

/**
 * A canonical entity of the knowledge base.
 *
 * @param id          stable identifier, such as {@code soviet-union}
 * @param name        canonical English name
 * @param type        what it is
 * @param aliases     other names it goes by
 * @param demonyms    adjectives and nouns for its people ("Soviet", "North Korean")
 * @param period      when it existed (a person's lifetime, an event's duration); null when unbounded
 * @param partOf      ids of entities it lies within or belongs to
 * @param succeededBy ids of entities that took its place when it ended
 * @param capitalOf   id of the state whose capital it is, or null; a capital often stands for its government
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, List<String> demonyms,
                     TimeInterval period, List<String> partOf, List<String> succeededBy, String capitalOf) {

    /** Entities are equal when they have the same id: the knowledge base keeps ids unique. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Entity e && id.equals(e.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        partOf = List.copyOf(partOf);
        succeededBy = List.copyOf(succeededBy);
    }

    /** True unless the entity is known not to have existed at any day of {@code t}. */
    public boolean mayExistAt(TimeInterval t) {
        return period == null || period.overlaps(t);
    }
}
