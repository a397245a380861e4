package dev.recon.internal.detect;

import dev.recon.model.Claim;
import dev.recon.finding.Evidence;
import dev.recon.finding.FindingKind;
import dev.recon.internal.finding.Findings;
import dev.recon.finding.Severity;
import dev.recon.kb.Entity;
import dev.recon.kb.EntityMention;
import dev.recon.kb.EntityRelation;
import dev.recon.kb.EntityType;
import dev.recon.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Two sources that list the same nations ("five Indians, four Russians, two Koreans, an Australian,
 * a French, an Argentine and an Israeli" against "Indians, Russians, Koreans, Irish, Argentinian and
 * French") but swap a member: one names Israel where the other names Ireland. Lists are compared only
 * when they share most of their members, so two different lists are never set against each other;
 * candidates are found through an index on members.
 */
public final class RosterDetector implements Check {

    /** A claim names at least this many nations to be a list of them. */
    private static final int MIN_MEMBERS = 4;
    /** Two lists are of one thing when they share at least this many members. */
    private static final int MIN_SHARED = 3;
    /** At most this many members of each list may differ: more is a different list, not a swap. */
    private static final int MAX_SWAPPED = 2;

    /** A list of nations in a claim; {@code signature} names its members, the same for the same set. */
    private record Roster(Claim claim, Map<Entity, EntityMention> members, String signature) {
    }

    @Override
    public java.util.Set<FindingKind> produces() {
        return java.util.Set.of(FindingKind.ENTITY_MISMATCH);
    }

    @Override
    public void detect(CheckContext ctx) {
        KnowledgeBase kb = ctx.kb();
        List<Roster> rosters = new ArrayList<>();
        Map<String, List<Integer>> byMember = new HashMap<>();
        // one roster per source and set of members: a source that repeats a list states it once
        Set<String> listed = new HashSet<>();
        for (Claim c : ctx.allClaims()) {
            Map<Entity, EntityMention> members = new LinkedHashMap<>();
            for (EntityMention m : c.entities()) {
                nation(kb, m).ifPresent(e -> members.putIfAbsent(kb.governmentOf(e), m));
            }
            if (members.size() < MIN_MEMBERS) {
                continue;
            }
            String signature = String.join(",", members.keySet().stream().map(Entity::id).sorted().toList());
            if (listed.add(c.sourceId() + "|" + signature)) {
                int at = rosters.size();
                rosters.add(new Roster(c, members, signature));
                members.keySet().forEach(e -> byMember.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(at));
            }
        }
        // a list that many sources repeat is compared many times over: what differs depends only on the
        // two sets of members, so it is worked out once for each pair of sets
        Map<String, Set<Entity>> missing = new HashMap<>();
        for (int i = 0; i < rosters.size(); i++) {
            Map<Integer, Integer> shared = new HashMap<>();
            for (Entity e : rosters.get(i).members().keySet()) {
                for (int j : byMember.getOrDefault(e.id(), List.of())) {
                    if (j > i && !rosters.get(j).claim().sourceId().equals(rosters.get(i).claim().sourceId())) {
                        shared.merge(j, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> s : shared.entrySet()) {
                Roster a = rosters.get(i);
                Roster b = rosters.get(s.getKey());
                if (s.getValue() >= MIN_SHARED) {
                    compare(ctx.findings(), kb, a, b, missing);
                }
            }
        }
    }

    private static void compare(Findings out, KnowledgeBase kb, Roster a, Roster b, Map<String, Set<Entity>> missing) {
        List<EntityMention> onlyA = missingFrom(kb, a, b, missing);
        List<EntityMention> onlyB = missingFrom(kb, b, a, missing);
        if (onlyA.isEmpty() || onlyB.isEmpty() || onlyA.size() > MAX_SWAPPED || onlyB.size() > MAX_SWAPPED) {
            return;
        }
        List<Evidence> evidence = new ArrayList<>();
        onlyA.forEach(m -> evidence.add(out.quote(a.claim(), m.span())));
        onlyB.forEach(m -> evidence.add(out.quote(b.claim(), m.span())));
        String message = String.format(Locale.ROOT,
                "%s lists %s where %s lists %s; the two lists otherwise name the same nations.",
                a.claim().sourceId(), names(onlyA), b.claim().sourceId(), names(onlyB));
        Severity severity = onlyA.size() == 1 && onlyB.size() == 1 ? Severity.MAJOR : Severity.MINOR;
        out.add(FindingKind.ENTITY_MISMATCH, severity, message, evidence, List.of(a.claim(), b.claim()));
    }

    /** The members of {@code a} that {@code b} does not name, in {@code a}'s order. */
    private static List<EntityMention> missingFrom(KnowledgeBase kb, Roster a, Roster b, Map<String, Set<Entity>> missing) {
        Set<Entity> absent = missing.computeIfAbsent(a.signature() + "/" + b.signature(), k -> {
            Set<Entity> out = new HashSet<>();
            for (Entity e : a.members().keySet()) {
                if (b.members().keySet().stream().allMatch(x -> kb.relate(e, x) == EntityRelation.DIFFERENT)) {
                    out.add(e);
                }
            }
            return out;
        });
        return a.members().entrySet().stream().filter(e -> absent.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }

    private static String names(List<EntityMention> ms) {
        return String.join(" and ", ms.stream().map(m -> "\"" + m.text() + "\"").toList());
    }

    /** The nation a mention names: a state, or its people ("Irish", "four Russians"). */
    private static Optional<Entity> nation(KnowledgeBase kb, EntityMention m) {
        for (Entity e : m.candidates()) {
            if (e.type() == EntityType.STATE || e.type() == EntityType.REGION && !e.demonyms().isEmpty()) {
                return Optional.of(e);
            }
        }
        String t = m.text().strip();
        for (String form : List.of(t, t.replaceAll("(e?s)$", ""), t.replaceAll("s$", ""))) {
            List<Entity> d = kb.demonymOf(form);
            Optional<Entity> current = d.stream().filter(x -> x.period() == null || x.period().to() == null).findFirst();
            if (current.isPresent()) {
                return current;
            }
            if (!d.isEmpty()) {
                return Optional.of(d.get(0));
            }
        }
        return Optional.empty();
    }
}
