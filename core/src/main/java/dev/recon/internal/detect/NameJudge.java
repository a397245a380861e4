package dev.recon.internal.detect;

import dev.recon.model.Claim;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Severity;
import dev.recon.kb.Entity;
import dev.recon.kb.EntityMention;
import dev.recon.kb.EntityRelation;
import dev.recon.kb.EntityType;
import dev.recon.kb.KnowledgeBase;
import dev.recon.internal.lexicon.Lexicon;
import dev.recon.internal.name.NameMatcher;
import dev.recon.model.Token;
import dev.recon.model.TimeInterval;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges two names that fill the same slot in aligned claims: one referent under two names (or one
 * unknown name romanised or shortened) is a naming variant; one unknown name misspelt is a name
 * spelling; a looser name is a minor entity mismatch; a different referent is major.
 */
final class NameJudge {

    /** How far back through single successions a name's predecessors are looked for. */
    private static final int MAX_PREDECESSOR_STEPS = 4;

    record Verdict(FindingKind kind, Severity severity, EntityRelation relation, String why) {
    }

    private final KnowledgeBase kb;
    private final NameMatcher names;

    NameJudge(KnowledgeBase kb, NameMatcher names) {
        this.kb = kb;
        this.names = names;
    }

    /**
     * Empty when the two names say the same thing in the same words, or when nothing shows that they
     * are two names for one slot's filler: two names recon cannot resolve that share nothing are most
     * likely two different things a paraphrase mentions, not a conflict.
     *
     * @param sameFrame true when the words right before and right after the two names are the same,
     *                  so that one name plainly stands where the other stood
     */
    Optional<Verdict> judge(EntityMention a, EntityMention b, TimeInterval when, boolean sameFrame) {
        if (normal(a.text()).equals(normal(b.text()))) {
            return Optional.empty();
        }
        Optional<Entity> ea = a.resolve(when);
        Optional<Entity> eb = b.resolve(when);
        if (ea.isEmpty() || eb.isEmpty()) {
            return byStrings(a.text(), b.text(), sameFrame);
        }
        if (isPersonAgainstState(ea.get(), eb.get()) || isPersonAgainstState(eb.get(), ea.get())) {
            // "Merkel said" against "Germany said": a speaker for a state, not a different referent
            return Optional.empty();
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

    /** A name the knowledge base does not know, judged by its letters alone. */
    private Optional<Verdict> byStrings(String a, String b, boolean sameFrame) {
        NameMatcher.Comparison c = names.compare(a, b);
        return switch (c.relation()) {
            case SAME -> Optional.empty();
            // "at the University of Oxford" against "at the University of Cambridge": the same words on
            // both sides show one slot filled two ways; without that frame, two names that share nothing
            // are more likely two things a paraphrase mentions than a conflict
            case UNRELATED -> sameFrame ? Optional.of(new Verdict(FindingKind.ENTITY_MISMATCH, Severity.MINOR,
                    EntityRelation.DIFFERENT, "names that recon cannot resolve, in the same place")) : Optional.empty();
            case TRANSLITERATION -> Optional.of(new Verdict(FindingKind.NAMING_VARIANT, Severity.INFO,
                    EntityRelation.SAME, "two romanisations of one name"));
            case SHORT_FORM -> Optional.of(new Verdict(FindingKind.NAMING_VARIANT, Severity.INFO,
                    EntityRelation.SAME, "a short form of the name"));
            case SPELLING -> Optional.of(new Verdict(FindingKind.NAME_SPELLING, Severity.MINOR, EntityRelation.SAME,
                    "one name spelt two ways"));
        };
    }

    private static boolean isPersonAgainstState(Entity x, Entity y) {
        return x.type() == EntityType.PERSON && y.type() == EntityType.STATE;
    }

    /**
     * True when the name, as used, did not exist at the claim's time: a state, organisation or party
     * named as an actor outside its period of existence, or before it bore that name. The linker's
     * {@link EntityMention.Role} says how it is used: after an office or body ("the Prime Minister of Russia") or before one ("Russia's
     * government") it is the state acting; inside the name of a happening ("the Vietnam War") it is not.
     * A bare name is left alone as a place ("in Vietnam") or in a parenthetical list. Demonyms never
     * count: successive states and their nation share them ("Russian", "Czech"), so "Russian troops" in
     * 1985 is common usage for the Soviet Union's, and "a Czech writer" born in 1900 no anachronism.
     */
    static boolean isAnachronistic(KnowledgeBase kb, EntityMention m, Claim c, Lexicon lexicon) {
        return anachronism(kb, m, c, lexicon).isPresent();
    }

    /**
     * Why the name is wrong for the claim's time, if it is. A referent that did not exist then is
     * judged first; a referent that existed is then judged by the name used, which is early when the
     * claim's time ends before that name came into use. A former name used later ("Burma" in 2015)
     * is not judged: after a rename the old name stays in deliberate use.
     */
    static Optional<Anachronism> anachronism(KnowledgeBase kb, EntityMention m, Claim c, Lexicon lexicon) {
        TimeInterval when = c.when();
        if (when == null || m.demonym() || m.candidates().isEmpty()) {
            return Optional.empty();
        }
        boolean actorKind = m.candidates().stream().anyMatch(e -> switch (e.type()) {
            case STATE, ORGANIZATION, PARTY -> true;
            default -> false;
        });
        boolean acting = actorKind && switch (m.role()) {
            case STATE -> !inParentheses(m, c);
            case NAME -> !isLocative(m, c, lexicon) && !inParentheses(m, c);
            case EVENT, CULTURE -> false;
        };
        if (!acting) {
            return Optional.empty();
        }
        Entity e = m.resolve(when).orElseThrow();
        if (!m.existedAt(when)) {
            List<Entity> before = m.candidates().stream().flatMap(x -> predecessorsAt(kb, x, when).stream())
                    .distinct().sorted(Comparator.comparing(Entity::id)).toList();
            if (e.type() == EntityType.STATE && before.isEmpty() && startsAfter(e, when)) {
                // a country's name is older than its present state ("In 1274, Japan repelled the
                // Mongols", "In 1821, Greece rose"): an early use is wrong only when the record knows
                // which other state stood there then, as the Soviet Union did before Russia
                return Optional.empty();
            }
            return Optional.of(new Anachronism(e, null,
                    before.size() == 1 ? "it was then " + before.get(0).name() : null, when));
        }
        if (!isActor(e)) {
            return Optional.empty();
        }
        // every candidate that existed then must bear this name only later, or the name may mean that one
        boolean early = m.candidates().stream().filter(x -> x.mayExistAt(when))
                .allMatch(x -> x.nameCalled(m.text()).map(n -> n.notYetInUseAt(when)).orElse(false));
        if (!early) {
            return Optional.empty();
        }
        return Optional.of(new Anachronism(e, e.nameCalled(m.text()).orElseThrow(),
                Anachronism.namedThen(e, when).orElse(null), when));
    }

    private static boolean isActor(Entity e) {
        return switch (e.type()) {
            case STATE, ORGANIZATION, PARTY -> true;
            default -> false;
        };
    }

    /**
     * The states that stood before {@code e} and existed at {@code t}: the Gold Coast before Ghana, the
     * Russian SFSR and the Soviet Union before Russia, the Sultanate of Nejd before the Kingdom of
     * Hejaz and Nejd before Saudi Arabia. The walk back goes through a predecessor only while it was
     * succeeded by one state alone: past a partition (Serbia and Montenegro, Yugoslavia) it soon reaches
     * states that were not there under another name (Austria-Hungary for Serbia in 1914).
     */
    private static List<Entity> predecessorsAt(KnowledgeBase kb, Entity e, TimeInterval t) {
        List<Entity> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        ArrayDeque<Entity> todo = new ArrayDeque<>(List.of(e));
        for (int depth = 0; depth < MAX_PREDECESSOR_STEPS && !todo.isEmpty(); depth++) {
            ArrayDeque<Entity> next = new ArrayDeque<>();
            for (Entity x : todo) {
                for (Entity p : kb.predecessors(x)) {
                    if (!seen.add(p.id())) {
                        continue;
                    }
                    if (p.period() != null && p.period().overlaps(t)) {
                        found.add(p);
                    } else if (p.succeededBy().size() == 1) {
                        next.add(p);
                    }
                }
            }
            todo = next;
        }
        return found;
    }

    /** True when {@code e} came into being after the whole of {@code t}. */
    private static boolean startsAfter(Entity e, TimeInterval t) {
        return e.period() != null && e.period().from() != null && t.to() != null && t.to().isBefore(e.period().from());
    }

    static boolean isLocative(EntityMention m, Claim c, dev.recon.internal.lexicon.Lexicon lexicon) {
        Token prev = null;
        for (Token t : c.tokens()) {
            if (t.span().start() >= m.span().start()) {
                break;
            }
            if (!t.lower().equals("the")) {
                prev = t;
            }
        }
        return prev != null && lexicon.isLocativePreposition(prev.lower());
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

    // compiled once: a name is normalised for every pair of names compared
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\d]+");

    static String normal(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(LEADING_THE.matcher(s.toLowerCase(Locale.ROOT)).replaceFirst("")).replaceAll(" ").strip();
    }
}
