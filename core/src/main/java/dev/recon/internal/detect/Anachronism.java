package dev.recon.internal.detect;

import dev.recon.kb.Entity;
import dev.recon.kb.EntityName;
import dev.recon.model.TimeInterval;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a name is wrong for a claim's time: either its referent did not exist then ("Russia" in 1970),
 * or the referent existed under another name ("Sri Lanka" in 1965, when the state was Ceylon).
 *
 * @param entity  what the name refers to at the claim's time
 * @param name    the name as used, when the name rather than the entity is what did not exist yet;
 *                null when the entity itself did not exist
 * @param then    the name the entity bore at the claim's time, or the state that stood in its place;
 *                null when the knowledge base does not say
 * @param claimed the claim's time
 */
record Anachronism(Entity entity, EntityName name, String then, TimeInterval claimed) {

    Anachronism {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(claimed, "claimed");
    }

    /** True when the referent existed and only the name is early. */
    boolean isEarlyName() {
        return name != null;
    }

    /**
     * The middle of a finding's message, after the quoted name: "(Sri Lanka, from 1972) in a claim
     * about 1965, before it bore that name; it was named Ceylon until 1972".
     */
    String describe() {
        if (name != null) {
            return String.format(Locale.ROOT, "(%s, a name in use %s) in a claim about %s, before it bore that name%s",
                    entity.name(), Periods.describe(name.period()), Periods.describe(claimed),
                    then == null ? "" : "; " + then);
        }
        return String.format(Locale.ROOT, "(%s, %s) in a claim about %s, when it did not exist%s",
                entity.name(), Periods.describe(entity.period()), Periods.describe(claimed),
                then == null ? "" : "; " + then);
    }

    /** "it was named Ceylon until 1972" for the entity's dated name at {@code t}. */
    static Optional<String> namedThen(Entity e, TimeInterval t) {
        return e.datedNameAt(t).map(n -> n.period().to() == null
                ? "it was named " + n.text() + " then"
                : "it was named " + n.text() + " until " + Periods.year(n.period().to()));
    }
}
