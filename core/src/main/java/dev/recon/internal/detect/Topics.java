package dev.recon.internal.detect;

import dev.recon.model.Claim;
import dev.recon.kb.Entity;
import dev.recon.kb.EntityMention;
import dev.recon.model.TimeInterval;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/** What the texts are about: how many claims name each referent (a capital counting as its state). */
final class Topics {

    private Topics() {
    }

    /**
     * Claims naming each referent, by knowledge-base id.
     *
     * @param at    the time a claim's names are resolved at
     * @param which the referents to count
     */
    static Map<String, Integer> claimCounts(CheckContext ctx, List<Claim> claims, Function<Claim, TimeInterval> at,
                                            Predicate<Entity> which) {
        Map<String, Integer> counts = new HashMap<>();
        for (Claim c : claims) {
            Set<String> ids = new TreeSet<>();
            for (EntityMention m : c.entities()) {
                m.resolve(at.apply(c)).map(e -> ctx.kb().governmentOf(e)).filter(which).ifPresent(e -> ids.add(e.id()));
            }
            ids.forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        return counts;
    }
}
