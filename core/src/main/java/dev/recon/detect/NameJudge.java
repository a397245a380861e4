package dev.recon.detect;

import dev.recon.claim.Claim;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Severity;
import dev.recon.kb.Entity;
import dev.recon.kb.EntityMention;
import dev.recon.kb.EntityRelation;
import dev.recon.kb.KnowledgeBase;
import dev.recon.nlp.Token;
import dev.recon.time.TimeInterval;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Judges two names that fill the same slot in aligned claims: one referent under two names is a
 * naming variant; a looser name is a minor entity mismatch; a different referent is major.
 */
final class NameJudge {

    /** Prepositions after which a state's name marks a place, which outlives the state. */
    private static final Set<String> LOCATIVE = Set.of("in", "to", "into", "from", "across", "throughout", "within",
            "inside", "at", "around", "near", "toward", "towards", "through");

    record Verdict(FindingKind kind, Severity severity, EntityRelation relation, String why) {
    }

    private final KnowledgeBase kb;

    NameJudge(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Empty when the two names say the same thing in the same words. */
    Optional<Verdict> judge(EntityMention a, EntityMention b, TimeInterval when) {
        if (normal(a.text()).equals(normal(b.text()))
                || (!a.isKnown() && !b.isKnown() && sameUnknownName(a.text(), b.text()))) {
            return Optional.empty();
        }
        Optional<Entity> ea = a.resolve(when);
        Optional<Entity> eb = b.resolve(when);
        if (ea.isEmpty() || eb.isEmpty()) {
            // an unknown name: the same words modulo accents are one name
            return Optional.of(new Verdict(FindingKind.ENTITY_MISMATCH, Severity.MINOR, EntityRelation.DIFFERENT,
                    "names that recon cannot resolve"));
        }
        EntityRelation rel = kb.relate(ea.get(), eb.get());
        boolean ambiguous = a.candidates().size() > 1 && when == null || b.candidates().size() > 1 && when == null;
        return Optional.of(switch (rel) {
            case SAME -> ambiguous
                    ? new Verdict(FindingKind.ENTITY_MISMATCH, Severity.MINOR, rel, "an ambiguous name")
                    : new Verdict(FindingKind.NAMING_VARIANT, Severity.INFO, rel, "two names for " + ea.get().name());
            case BROADER, NARROWER -> new Verdict(FindingKind.ENTITY_MISMATCH, Severity.MINOR, rel,
                    "a looser name: " + (rel == EntityRelation.BROADER ? ea.get().name() + " contains " + eb.get().name()
                            : eb.get().name() + " contains " + ea.get().name()));
            case SUCCESSION -> new Verdict(FindingKind.ENTITY_MISMATCH, Severity.MAJOR, rel,
                    "different states: one succeeded the other");
            case DIFFERENT -> new Verdict(FindingKind.ENTITY_MISMATCH, Severity.MAJOR, rel, "different referents");
        });
    }

    /**
     * True when the name, as used, did not exist at the claim's time: a state, organisation or party
     * named as an actor outside its period of existence. Places ("in Vietnam"), demonyms and names in
     * parenthetical lists are left alone, since place names and nations outlive states.
     */
    static boolean isAnachronistic(EntityMention m, Claim c) {
        if (c.when() == null || m.demonym() || m.candidates().isEmpty() || m.existedAt(c.when())) {
            return false;
        }
        boolean actorKind = m.candidates().stream().anyMatch(e -> switch (e.type()) {
            case STATE, ORGANIZATION, PARTY -> true;
            default -> false;
        });
        return actorKind && !isLocative(m, c) && !inParentheses(m, c);
    }

    static boolean isLocative(EntityMention m, Claim c) {
        Token prev = null;
        for (Token t : c.tokens()) {
            if (t.span().start() >= m.span().start()) {
                break;
            }
            if (!t.lower().equals("the")) {
                prev = t;
            }
        }
        return prev != null && LOCATIVE.contains(prev.lower());
    }

    static boolean inParentheses(EntityMention m, Claim c) {
        String before = c.text().substring(0, m.span().start() - c.span().start());
        return before.chars().filter(ch -> ch == '(').count() > before.chars().filter(ch -> ch == ')').count();
    }

    /**
     * Two names the knowledge base does not know name one person or thing when their words match, or
     * when they share the last word and one is that word alone or both begin alike: "Erdogan", "Recep
     * Erdogan" and "Recep Tayyip Erdogan".
     */
    static boolean sameUnknownName(String a, String b) {
        String x = normal(a);
        String y = normal(b);
        if (x.equals(y)) {
            return true;
        }
        String[] wx = x.split(" ");
        String[] wy = y.split(" ");
        if (!wx[wx.length - 1].equals(wy[wy.length - 1]) || wx[wx.length - 1].length() < 3) {
            return false;
        }
        return wx.length == 1 || wy.length == 1 || wx[0].equals(wy[0]);
    }

    /** The last word of a name, the key under which {@link #sameUnknownName} can match it. */
    static String lastWord(String name) {
        String[] w = normal(name).split(" ");
        return w[w.length - 1];
    }

    static String normal(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").replaceAll("[^\\p{L}\\d]+", " ").strip();
    }
}
