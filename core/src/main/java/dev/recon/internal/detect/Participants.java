package dev.recon.internal.detect;

import dev.recon.model.Claim;
import dev.recon.kb.Entity;

import dev.recon.kb.EntityRelation;
import dev.recon.kb.EntityType;
import dev.recon.kb.KnowledgeBase;
import java.util.List;
import java.util.Optional;

/** Whether two claims speak about the same participants, allowing for looser names and successors. */
final class Participants {

    private Participants() {
    }

    static boolean overlap(KnowledgeBase kb, Claim a, Claim b) {
        List<Entity> ea = actors(a);
        List<Entity> eb = actors(b);
        for (Entity x : ea) {
            for (Entity y : eb) {
                if (kb.relate(x, y) != EntityRelation.DIFFERENT) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when both claims name the same specific participant: a person, organisation, party or event
     * the knowledge base knows, or the same proper name it does not know ("Fredrik Idestam").
     */
    static boolean shareSpecific(KnowledgeBase kb, Claim a, Claim b) {
        for (dev.recon.kb.EntityMention x : a.entities()) {
            for (dev.recon.kb.EntityMention y : b.entities()) {
                if (x.demonym() || y.demonym()) {
                    continue;
                }
                if (!x.isKnown() && !y.isKnown()) {
                    if (NameJudge.sameUnknownName(x.text(), y.text())) {
                        return true;
                    }
                    continue;
                }
                Optional<Entity> ex = x.resolve(a.context());
                Optional<Entity> ey = y.resolve(b.context());
                if (ex.isPresent() && ey.isPresent() && ex.get().id().equals(ey.get().id())
                        && ex.get().type() != EntityType.STATE && ex.get().type() != EntityType.REGION
                        && ex.get().type() != EntityType.CITY) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Resolved, non-event names of a claim. */
    static List<Entity> actors(Claim c) {
        return c.entities().stream().map(m -> m.resolve(c.when())).flatMap(Optional::stream)
                .filter(e -> e.type() != EntityType.EVENT).toList();
    }

}
