package dev.recon.internal.detect;

import dev.recon.model.Claim;
import dev.recon.internal.fact.TimedHappening;
import dev.recon.finding.Evidence;
import dev.recon.finding.FindingKind;
import dev.recon.internal.finding.Findings;
import dev.recon.finding.Severity;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One happening placed at different times, by day of the week ("was defeated in the runoff on Monday"
 * against "on Sunday defeated") or by clock ("took off at 10:33 am" against "10:53 am"; "7:14 p.m. EDT"
 * against "2214 GMT", compared in UTC). Facts are indexed by the happening's concept and scale; within
 * one, only facts whose claims share a participant are compared.
 */
public final class TimedHappeningDetector implements Check {

    @Override
    public Set<FindingKind> produces() {
        return Set.of(FindingKind.DATE_MISMATCH);
    }

    @Override
    public void detect(CheckContext ctx) {
        Map<String, List<TimedHappening>> byHappening = new TreeMap<>();
        Stream.concat(ctx.days().stream(), ctx.clocks().stream()).forEach(f ->
                byHappening.computeIfAbsent(f.happening() + "|" + f.scale(), k -> new ArrayList<>()).add(f));
        for (List<TimedHappening> facts : byHappening.values()) {
            List<TimedHappening> seed = new ArrayList<>(facts);
            while (!seed.isEmpty()) {
                TimedHappening first = seed.remove(0);
                List<TimedHappening> group = new ArrayList<>(List.of(first));
                // one happening: the claims name someone or something in common (or, for clock
                // times, neither names anyone)
                seed.removeIf(f -> (f.participants().stream().anyMatch(first.participants()::contains)
                        || f.anonymousAlike() && f.participants().isEmpty() && first.participants().isEmpty())
                        && group.add(f));
                report(ctx.findings(), group);
            }
        }
    }

    private static void report(Findings out, List<TimedHappening> group) {
        Map<Integer, Map<String, TimedHappening>> byValue = new TreeMap<>();
        for (TimedHappening f : group) {
            byValue.computeIfAbsent(f.value(), k -> new LinkedHashMap<>()).putIfAbsent(f.sourceId(), f);
        }
        if (byValue.size() < 2 || group.stream().map(TimedHappening::sourceId).distinct().count() < 2) {
            return;
        }
        boolean days = group.get(0).scale().equals("day");
        List<Evidence> evidence = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        byValue.forEach((value, bySource) -> {
            TimedHappening lead = bySource.values().iterator().next();
            bySource.values().forEach(f -> {
                evidence.add(out.quote(f.claim(), f.span()));
                claims.add(f.claim());
            });
            String shown = days ? DayOfWeek.of(value).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    : "\"" + out.quote(lead.claim(), lead.span()).text() + "\"";
            parts.add(String.format(Locale.ROOT, "%s (%s)", shown, String.join(", ", bySource.keySet())));
        });
        String message = String.format(Locale.ROOT, "Sources name different %s for \"%s\": %s.", days ? "days" : "times",
                group.get(0).label(), String.join(" against ", parts));
        out.add(FindingKind.DATE_MISMATCH, Severity.MAJOR, message, evidence, claims);
    }
}
