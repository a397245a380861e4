package dev.recon.detect;

import dev.recon.claim.Claim;
import dev.recon.fact.ClockFact;
import dev.recon.finding.Evidence;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Findings;
import dev.recon.finding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One happening placed at different clock times by different sources: "took off at 10:33 am" against
 * "took off at 10:53 am", or "7:14 p.m. EDT" against "2214 GMT". Times with a zone are compared in UTC,
 * local times with local times. Facts are indexed by the happening's concept; within a happening only
 * facts that share a participant are compared.
 */
public final class ClockConflictDetector implements Detector {

    @Override
    public java.util.Set<FindingKind> produces() {
        return java.util.Set.of(FindingKind.DATE_MISMATCH);
    }

    @Override
    public void detect(DetectionContext ctx) {
        Map<String, List<ClockFact>> byHappening = new TreeMap<>();
        for (ClockFact f : ctx.clocks()) {
            byHappening.computeIfAbsent(f.happening() + (f.zoned() ? "|utc" : "|local"), k -> new ArrayList<>()).add(f);
        }
        for (List<ClockFact> facts : byHappening.values()) {
            List<ClockFact> seed = new ArrayList<>(facts);
            while (!seed.isEmpty()) {
                ClockFact first = seed.remove(0);
                List<ClockFact> group = new ArrayList<>(List.of(first));
                // one happening: the claims name someone or something in common, or neither names anyone
                seed.removeIf(f -> (f.participants().stream().anyMatch(first.participants()::contains)
                        || f.participants().isEmpty() && first.participants().isEmpty()) && group.add(f));
                report(ctx.findings(), group);
            }
        }
    }

    private static void report(Findings out, List<ClockFact> group) {
        Map<Integer, Map<String, ClockFact>> byTime = new TreeMap<>();
        for (ClockFact f : group) {
            byTime.computeIfAbsent(f.minutes(), k -> new LinkedHashMap<>()).putIfAbsent(f.sourceId(), f);
        }
        if (byTime.size() < 2 || group.stream().map(ClockFact::sourceId).distinct().count() < 2) {
            return;
        }
        List<Evidence> evidence = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        byTime.forEach((minutes, bySource) -> {
            ClockFact lead = bySource.values().iterator().next();
            bySource.values().forEach(f -> {
                evidence.add(out.quote(f.claim(), f.span()));
                claims.add(f.claim());
            });
            parts.add(String.format(Locale.ROOT, "\"%s\" (%s)", lead.text(), String.join(", ", bySource.keySet())));
        });
        String message = String.format(Locale.ROOT, "Sources give different times for \"%s\": %s.",
                group.get(0).label(), String.join(" against ", parts));
        out.add(FindingKind.DATE_MISMATCH, Severity.MAJOR, message, evidence, claims);
    }
}
