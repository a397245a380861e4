package dev.recon.kb;

import dev.recon.model.Span;
import dev.recon.model.TimeInterval;
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
 * @param role       what the words around the name show it to stand for
 */
public record EntityMention(Span span, String text, List<Entity> candidates, boolean demonym, Role role) {

    /**
     * What a name stands for where it is written, as far as the words around it show. Demonyms are
     * shared by successive states and by their nation ("Russian", "Czech"), so whatever their role they
     * never date a claim's referent on their own.
     */
    public enum Role {
        /** Nothing around the name decides: a bare name, which its clause makes a place or an actor. */
        NAME,
        /**
         * The state acting: its office-holders, bodies, forces or people, or a relationship it holds
         * ("the President of France", "Sri Lanka's government", "Soviet troops", "Soviet–Vietnamese relations").
         */
        STATE,
        /** Part of the name of a happening: "the Korean War", "the Franco-Prussian War". */
        EVENT,
        /**
         * A nation's language, arts, food or periods, or a person's nationality, not the state: "the
         * Russian ballet", "the French language", "Soviet-era buildings", "a Czech writer".
         */
        CULTURE
    }

    public EntityMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
        candidates = List.copyOf(candidates);
    }

    /** A mention whose role the words around it do not decide. */
    public EntityMention(Span span, String text, List<Entity> candidates, boolean demonym) {
        this(span, text, candidates, demonym, Role.NAME);
    }

    /** This mention in another role. */
    public EntityMention withRole(Role r) {
        return new EntityMention(span, text, candidates, demonym, r);
    }

    /** True when the words around the name show the state acting. */
    public boolean isStateActor() {
        return role == Role.STATE;
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
