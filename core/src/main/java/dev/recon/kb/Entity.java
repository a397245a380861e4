package dev.recon.kb;

import dev.recon.model.TimeInterval;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A canonical entity of the knowledge base.
 *
 * @param id          stable identifier, such as {@code soviet-union}
 * @param type        what it is
 * @param names       its names, the canonical English name first; each may carry its own period
 * @param demonyms    adjectives and nouns for its people ("Soviet", "North Korean")
 * @param period      when it existed (a person's lifetime, an event's duration); null when unbounded
 * @param partOf      ids of entities it lies within or belongs to
 * @param succeededBy ids of entities that took its place when it ended
 * @param capitalOf   id of the state whose capital it is, or null; a capital often stands for its government
 * @param sources     where the entity and its period come from: a data set's id or {@code curated: citation}
 */
public record Entity(String id, EntityType type, List<EntityName> names, List<String> demonyms,
                     TimeInterval period, List<String> partOf, List<String> succeededBy, String capitalOf,
                     List<String> sources) {

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
        Objects.requireNonNull(type, "type");
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("entity '" + id + "' has no name");
        }
        demonyms = List.copyOf(demonyms);
        partOf = List.copyOf(partOf);
        succeededBy = List.copyOf(succeededBy);
        sources = List.copyOf(sources);
    }

    /** An entity whose names carry no periods and whose facts carry no sources. */
    public Entity(String id, String name, EntityType type, List<String> aliases, List<String> demonyms,
                  TimeInterval period, List<String> partOf, List<String> succeededBy, String capitalOf) {
        this(id, type, java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream())
                .map(EntityName::of).toList(), demonyms, period, partOf, succeededBy, capitalOf, List.of());
    }

    /** The canonical English name. */
    public String name() {
        return names.get(0).text();
    }

    /** The names other than the canonical one, as written. */
    public List<String> aliases() {
        return names.subList(1, names.size()).stream().map(EntityName::text).toList();
    }

    /** The name written exactly {@code text}, if the entity has one. */
    public Optional<EntityName> nameCalled(String text) {
        return names.stream().filter(n -> n.text().equals(text)).findFirst();
    }

    /**
     * The dated name it bore at {@code t}, the shortest first ("Ceylon" before "Dominion of Ceylon"),
     * since the short form is how a reader would know it.
     */
    public Optional<EntityName> datedNameAt(TimeInterval t) {
        return names.stream().filter(n -> n.inUseAt(t))
                .min(Comparator.comparingInt((EntityName n) -> n.text().length()).thenComparing(EntityName::text));
    }

    /** True unless the entity is known not to have existed at any day of {@code t}. */
    public boolean mayExistAt(TimeInterval t) {
        return period == null || period.overlaps(t);
    }
}
