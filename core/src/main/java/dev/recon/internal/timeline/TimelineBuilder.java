package dev.recon.internal.timeline;

import dev.recon.model.SourceValue;
import dev.recon.model.TimelineEntry;
import dev.recon.model.Alignment;
import dev.recon.model.Claim;
import dev.recon.model.Frame;
import dev.recon.finding.Finding;
import dev.recon.finding.FindingKind;
import dev.recon.source.Source;
import dev.recon.internal.text.Hashes;

import dev.recon.model.TimeMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the consensus timeline: every dated fact, the value each source gives, the value the
 * weightiest sources agree on, and who dissents. A fact is an alignment; alignments that a date
 * mismatch sets against each other are one fact. Source kinds weigh in: an encyclopedia and its mirror
 * outweigh a generic overview.
 */
public final class TimelineBuilder {

    public List<TimelineEntry> build(List<Source> sources, List<Alignment> alignments, List<Finding> findings) {
        Map<String, Integer> order = new HashMap<>();
        Map<String, Double> weight = new HashMap<>();
        for (Source s : sources) {
            order.put(s.id(), order.size());
            weight.put(s.id(), s.kind().weight());
        }
        // facts: alignments, merged where a date mismatch links two of them
        Map<String, Integer> groupOf = new HashMap<>();
        List<List<Claim>> groups = new ArrayList<>();
        for (Alignment a : alignments) {
            for (Claim c : a.claims()) {
                groupOf.put(c.id(), groups.size());
            }
            groups.add(new ArrayList<>(a.claims()));
        }
        for (Finding f : findings) {
            if (f.kind() != FindingKind.DATE_MISMATCH || f.claims().size() < 2) {
                continue;
            }
            Integer g0 = groupOf.get(f.claims().get(0));
            for (String other : f.claims().subList(1, f.claims().size())) {
                Integer g1 = groupOf.get(other);
                if (g0 != null && g1 != null && !g0.equals(g1)) {
                    for (Claim c : groups.get(g1)) {
                        groupOf.put(c.id(), g0);
                    }
                    groups.get(g0).addAll(groups.get(g1));
                    groups.get(g1).clear();
                }
            }
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (List<Claim> g : groups) {
            List<SourceValue> values = new ArrayList<>();
            for (Claim c : g) {
                primaryTime(c).ifPresent(t -> values.add(new SourceValue(c, t)));
            }
            if (values.isEmpty()) {
                continue;
            }
            values.sort(Comparator.comparing((SourceValue v) -> order.get(v.source()))
                    .thenComparingInt(v -> v.claim().span().start()));
            out.add(entry(values, weight));
        }
        // an open start ("through 1968") sorts by its end, an open end ("since 1986") by its start
        out.sort(Comparator.comparing((TimelineEntry e) -> e.when().from() != null ? e.when().from() : e.when().to())
                .thenComparing(e -> e.when().to() == null ? LocalDate.MAX : e.when().to())
                .thenComparing(TimelineEntry::id));
        return out;
    }

    private static TimelineEntry entry(List<SourceValue> values, Map<String, Double> weight) {
        // the candidate value that the most source weight is compatible with; ties go to the first
        SourceValue best = null;
        double bestScore = -1;
        for (SourceValue candidate : values) {
            Map<String, Double> agreeing = new LinkedHashMap<>();
            for (SourceValue v : values) {
                if (!v.time().conflictsWith(candidate.time())) {
                    agreeing.merge(v.source(), weight.get(v.source()), Math::max);
                }
            }
            double score = agreeing.values().stream().mapToDouble(Double::doubleValue).sum()
                    + (isPrecise(candidate.time()) ? 0.01 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        SourceValue consensus = best;
        List<String> dissent = values.stream().filter(v -> v.time().conflictsWith(consensus.time()))
                .map(SourceValue::source).distinct().toList();
        String id = "t-" + Hashes.sha256(String.join("|", values.stream().map(v -> v.claim().id()).sorted().toList()))
                .substring(0, 10);
        String label = consensus.claim().text().replaceAll("\\s+", " ").strip();
        if (label.length() > 100) {
            label = label.substring(0, 99).replaceAll("\\s+\\S*$", "") + "…";
        }
        return new TimelineEntry(id, label, values, consensus.time().value(), consensus.time().interval(), dissent);
    }

    /** A bounded time is a better consensus value than an open one ("in 1975" over "by 1975"). */
    private static boolean isPrecise(TimeMention t) {
        return t.interval().from() != null && t.interval().to() != null;
    }

    /**
     * The time a claim dates its main happening by: the time of its first once-only happening (a
     * founding, a merger) when that has one, else its first dated time.
     */
    public static Optional<TimeMention> primaryTime(Claim c) {
        Optional<Frame> main = c.frames().stream().filter(f -> f.eventClass().once()).findFirst();
        if (main.isPresent()) {
            Optional<TimeMention> t = main.get().times().stream().filter(x -> x.interval() != null).findFirst();
            if (t.isPresent()) {
                return t;
            }
        }
        return c.datedTimes().stream().filter(t -> t.interval().from() != null || t.interval().to() != null)
                .findFirst();
    }
}
