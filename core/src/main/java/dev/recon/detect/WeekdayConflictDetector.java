package dev.recon.detect;

import dev.recon.claim.Claim;
import dev.recon.fact.DayFact;
import dev.recon.finding.Evidence;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Findings;
import dev.recon.finding.Severity;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One happening placed on different days of the week by different sources, none of which dates it:
 * "was defeated in the runoff on Monday" against "on Sunday defeated". Facts are indexed by the
 * happening's concept; within a happening, only facts that share a participant are compared.
 */
public final class WeekdayConflictDetector implements Detector {

    @Override
    public java.util.Set<FindingKind> produces() {
        return java.util.Set.of(FindingKind.DATE_MISMATCH);
    }

    @Override
    public void detect(DetectionContext ctx) {
        Map<String, List<DayFact>> byHappening = new TreeMap<>();
        for (DayFact f : ctx.days()) {
            byHappening.computeIfAbsent(f.happening(), k -> new ArrayList<>()).add(f);
        }
        for (List<DayFact> facts : byHappening.values()) {
            List<DayFact> seed = new ArrayList<>(facts);
            while (!seed.isEmpty()) {
                DayFact first = seed.remove(0);
                List<DayFact> group = new ArrayList<>(List.of(first));
                seed.removeIf(f -> f.participants().stream().anyMatch(first.participants()::contains) && group.add(f));
                report(ctx.findings(), group);
            }
        }
    }

    private static void report(Findings out, List<DayFact> group) {
        Map<DayOfWeek, Map<String, DayFact>> byDay = new TreeMap<>();
        for (DayFact f : group) {
            byDay.computeIfAbsent(f.day(), k -> new LinkedHashMap<>()).putIfAbsent(f.sourceId(), f);
        }
        if (byDay.size() < 2 || group.stream().map(DayFact::sourceId).distinct().count() < 2) {
            return;
        }
        List<Evidence> evidence = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        byDay.forEach((day, bySource) -> {
            bySource.values().forEach(f -> {
                evidence.add(out.quote(f.claim(), f.span()));
                claims.add(f.claim());
            });
            parts.add(String.format(Locale.ROOT, "%s (%s)", day.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH),
                    String.join(", ", bySource.keySet())));
        });
        String message = String.format(Locale.ROOT, "Sources name different days for \"%s\": %s.",
                group.get(0).label(), String.join(" against ", parts));
        out.add(FindingKind.DATE_MISMATCH, Severity.MAJOR, message, evidence, claims);
    }
}
