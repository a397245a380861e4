package dev.recon.kb;

import dev.recon.text.Span;
import dev.recon.time.TimeInterval;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A name in the text and the entities it may refer to.
 *
 * @param span       where the name is in the original text
 * @param text       the covered text
 * @param candidates knowledge-base entities the name may refer to; empty for a proper name the
 *                   knowledge base does not know
 * @param demonym    true when the name is a demonym ("Soviet", "North Korean") rather than a name
 */
public record EntityMention(Span span, String text, List<Entity> candidates, boolean demonym) {

    public EntityMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        candidates = List.copyOf(candidates);
    }

    public boolean isKnown() {
        return !candidates.isEmpty();
    }

    /**
     * The referent at time {@code when}: among the candidates, one that existed then, preferring the
     * most narrowly dated; without a time, or when none existed then, the candidate that exists today
     * or has no period, else the first. Empty for an unknown name.
     */
    public Optional<Entity> resolve(TimeInterval when) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        if (when != null) {
            Optional<Entity> then = candidates.stream().filter(e -> e.mayExistAt(when))
                    .min(Comparator.comparingLong((Entity e) -> e.period() == null ? Long.MAX_VALUE : e.period().days())
                            .thenComparing(Entity::id));
            if (then.isPresent()) {
                return then;
            }
        }
        return candidates.stream()
                .filter(e -> e.period() == null || e.period().to() == null)
                .min(Comparator.comparing(Entity::id))
                .or(() -> Optional.of(candidates.get(0)));
    }

    /** True when some candidate existed at {@code when}. */
    public boolean existedAt(TimeInterval when) {
        return candidates.stream().anyMatch(e -> e.mayExistAt(when));
    }
}
