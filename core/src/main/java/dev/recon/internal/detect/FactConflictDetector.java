package dev.recon.internal.detect;

import dev.recon.model.Claim;
import dev.recon.internal.fact.FigureFact;
import dev.recon.finding.Evidence;
import dev.recon.finding.FindingKind;
import dev.recon.internal.finding.Findings;
import dev.recon.finding.Severity;
import dev.recon.model.TimeInterval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Figures that measure the same thing and disagree, across sources, whatever the sentences around them.
 * Figures are grouped by what they measure (an index on the fact key, so no figure is compared with
 * figures of other things), then by the name they belong to; within a group, figures that can both be
 * right form one value, and a group with two values from different sources is one finding that quotes
 * every value and every source that gives it.
 */
public final class FactConflictDetector implements Check {

    @Override
    public java.util.Set<FindingKind> produces() {
        return java.util.Set.of(FindingKind.NUMBER_MISMATCH);
    }

    /**
     * Figures by value, then by the words of their claims; a source's own mentions of one value in one
     * wording keep their order in the text (the sort is stable).
     */
    private static final Comparator<FigureFact> CANONICAL = Comparator
            .comparingDouble((FigureFact f) -> f.primary().value())
            .thenComparing(f -> f.claim().text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());

    /** Mentions of one value quoted from one source; more add length, not evidence. */
    private static final int MENTIONS_QUOTED = 3;

    @Override
    public void detect(CheckContext ctx) {
        Map<String, List<FigureFact>> byKey = new TreeMap<>();
        for (FigureFact f : ctx.figures()) {
            byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
        }
        double ratio = ctx.thresholds().runningCountRatio();
        long days = ctx.thresholds().runningCountDays();
        for (List<FigureFact> facts : byKey.values()) {
            if (facts.stream().map(FigureFact::sourceId).distinct().count() < 2) {
                continue;
            }
            // grouping goes by each group's first figure, so the order decides the groups: an order of
            // what the figures say, not of how the sources were named or listed
            facts.sort(CANONICAL);
            for (List<FigureFact> group : bySubject(facts, ratio)) {
                for (List<FigureFact> occasion : byTime(byHappening(group), days)) {
                    report(ctx.findings(), occasion, ratio);
                }
            }
        }
    }

    /**
     * Groups of figures that belong to one name. A figure that names none ("an asteroid half a mile
     * across") may be about any of them, so it joins every group.
     */
    private static List<List<FigureFact>> bySubject(List<FigureFact> facts, double ratio) {
        List<Set<String>> subjects = new ArrayList<>();
        List<List<FigureFact>> groups = new ArrayList<>();
        List<FigureFact> anonymous = new ArrayList<>();
        for (FigureFact f : facts) {
            if (f.subject().isEmpty()) {
                anonymous.add(f);
                continue;
            }
            int at = -1;
            for (int i = 0; i < subjects.size() && at < 0; i++) {
                if (subjects.get(i).stream().anyMatch(f.subject()::contains)) {
                    at = i;
                }
            }
            if (at < 0) {
                subjects.add(new HashSet<>(f.subject()));
                groups.add(new ArrayList<>());
                at = subjects.size() - 1;
            }
            subjects.get(at).addAll(f.subject());
            groups.get(at).add(f);
        }
        if (groups.isEmpty()) {
            return List.of(anonymous);
        }
        for (FigureFact f : anonymous) {
            // a source that gives several unnamed values speaks of several things: each joins only
            // the names it agrees with
            boolean several = anonymous.stream().anyMatch(o -> o != f && o.sourceId().equals(f.sourceId())
                    && !o.agreesWith(f, ratio));
            for (List<FigureFact> g : groups) {
                // "Lula obtained 48.3 percent, compared to 43.2 percent received by Bolsonaro": a
                // sentence that gives a name its own figure gives the unnamed one to someone else
                boolean sentenceNamesAnother = g.stream().anyMatch(x -> x.claim() == f.claim());
                if (!sentenceNamesAnother && (!several || g.stream().anyMatch(x -> x.agreesWith(f, ratio)))) {
                    g.add(f);
                }
            }
        }
        return groups;
    }

    /**
     * "1,200 students were arrested" and "one student was killed" count students, but not the same
     * students: where both say what happened, it must be the same. Facts that say nothing of it stay.
     */
    private static List<FigureFact> byHappening(List<FigureFact> group) {
        String first = group.stream().map(FigureFact::happening).filter(h -> !h.isEmpty()).findFirst().orElse("");
        return first.isEmpty() ? group
                : group.stream().filter(f -> f.happening().isEmpty() || f.happening().equals(first)).toList();
    }

    /** Splits a group where its claims' times lie further apart than a running count is reported. */
    private static List<List<FigureFact>> byTime(List<FigureFact> group, long days) {
        List<List<FigureFact>> out = new ArrayList<>();
        for (FigureFact f : group) {
            List<FigureFact> home = out.stream().filter(g -> g.get(0).sameTimes(f, days))
                    .findFirst().orElse(null);
            if (home == null) {
                home = new ArrayList<>();
                out.add(home);
            }
            home.add(f);
        }
        return out;
    }

    private static void report(Findings out, List<FigureFact> group, double ratio) {
        // values: figures that can all be right together
        List<List<FigureFact>> values = new ArrayList<>();
        for (FigureFact f : group) {
            List<FigureFact> home = null;
            // compared with each value's first figure only, so that the cost grows with the number of
            // distinct values, not with the square of the figures
            for (List<FigureFact> v : values) {
                if (v.get(0).agreesWith(f, ratio)) {
                    home = v;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                values.add(home);
            }
            home.add(f);
        }
        if (values.size() < 2 || !disagreeAcrossSources(values)) {
            return;
        }
        List<Evidence> evidence = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (List<FigureFact> v : values) {
            Map<String, List<FigureFact>> perSource = new LinkedHashMap<>();
            v.forEach(f -> perSource.computeIfAbsent(f.sourceId(), k -> new ArrayList<>()).add(f));
            Map<String, FigureFact> firstPerSource = new LinkedHashMap<>();
            perSource.forEach((src, fs) -> firstPerSource.put(src, fs.get(0)));
            for (List<FigureFact> fs : perSource.values()) {
                for (FigureFact f : fs.subList(0, Math.min(fs.size(), MENTIONS_QUOTED))) {
                    evidence.add(out.quote(f.claim(), f.span()));
                    claims.add(f.claim());
                }
            }
            FigureFact lead = v.get(0);
            parts.add(String.format(Locale.ROOT, "\"%s\" (%s%s%s)", lead.primary().text(),
                    String.join(", ", firstPerSource.keySet()), dated(lead.claim()),
                    lead.attribution().isEmpty() ? "" : ", according to " + lead.attribution()));
        }
        String message = String.format(Locale.ROOT, "Sources give different figures for %s: %s.%s",
                group.get(0).label(), String.join(" against ", parts), runningNote(values));
        out.add(FindingKind.NUMBER_MISMATCH, Severity.MAJOR, message, evidence, claims);
    }

    /**
     * True when one source gives a value that another does not while that other gives a value the
     * first does not. A source that gives several values itself (a toll and a count of bodies) sets no
     * other source against it by that alone.
     */
    private static boolean disagreeAcrossSources(List<List<FigureFact>> values) {
        for (int i = 0; i < values.size(); i++) {
            Set<String> a = new LinkedHashSet<>();
            values.get(i).forEach(f -> a.add(f.sourceId()));
            for (int j = i + 1; j < values.size(); j++) {
                Set<String> b = new LinkedHashSet<>();
                values.get(j).forEach(f -> b.add(f.sourceId()));
                // two periods are compared as dates elsewhere; a computed length checks a stated one
                boolean stated = values.get(i).stream().anyMatch(f -> !f.derived())
                        || values.get(j).stream().anyMatch(f -> !f.derived());
                if (stated && a.stream().anyMatch(x -> !b.contains(x)) && b.stream().anyMatch(x -> !a.contains(x))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The claim's own date as written, so that a reader sees when each figure was given. */
    private static String dated(Claim c) {
        return c.datedTimes().stream().filter(t -> t.text().chars().anyMatch(Character::isDigit)).findFirst()
                .map(t -> ", " + t.text()).orElse("");
    }

    /** Counts given at different times may both have been right when given. */
    private static String runningNote(List<List<FigureFact>> values) {
        Set<Object> dates = new HashSet<>();
        for (List<FigureFact> v : values) {
            TimeInterval w = v.get(0).claim().when();
            dates.add(w == null ? "?" : String.valueOf(w.from()));
        }
        return dates.size() > 1 && !dates.contains("?")
                ? " The figures are dated differently; a running count may explain part of the difference." : "";
    }
}
