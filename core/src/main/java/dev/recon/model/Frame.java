package dev.recon.model;

import java.util.List;
import java.util.Objects;

/**
 * One happening a claim reports: the word that names it, its class, what it acts on, and the times
 * attached to it. "North Vietnam merged with South Vietnam in 1976" has one frame: class {@code unify},
 * trigger "merged", time "1976".
 *
 * @param eventClass what kind of happening
 * @param trigger    the verb or noun naming it
 * @param object     lemma of its direct object when that is a common noun ("relation" in "established
 *                   relations"), else ""
 * @param times      the claim's times that belong to this happening
 */
public record Frame(EventClass eventClass, Token trigger, String object, List<TimeMention> times) {

    public Frame {
        Objects.requireNonNull(eventClass, "eventClass");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(object, "object");
        times = List.copyOf(times);
    }

    /** True when both frames are of one class and act on the same kind of thing, or neither says on what. */
    public boolean sameKind(Frame o) {
        return eventClass.id().equals(o.eventClass.id()) && object.equals(o.object);
    }

    /** True when the frames are of one class and one of them leaves its object unsaid ("was founded"). */
    public boolean sameClassOneObjectUnsaid(Frame o) {
        return eventClass.id().equals(o.eventClass.id()) && (object.isEmpty() != o.object.isEmpty());
    }
}
