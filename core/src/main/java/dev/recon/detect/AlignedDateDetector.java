package dev.recon.detect;

import dev.recon.align.Link;
import dev.recon.claim.Claim;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Findings;
import dev.recon.finding.Severity;
import dev.recon.time.TimeMention;
import dev.recon.timeline.TimelineBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Aligned claims worded differently that date their main happening differently: "It was played ... on
 * 30 July 1966" against "the afternoon of 31 July 1966, when England beat West Germany". Parallel
 * copies are compared slot by slot elsewhere; this compares each claim's primary date.
 */
public final class AlignedDateDetector implements Detector {

    @Override
    public void detect(DetectionContext ctx) {
        Findings out = ctx.findings();
        for (Link l : ctx.alignment().links()) {
            Optional<TimeMention> ta = TimelineBuilder.primaryTime(l.a());
            Optional<TimeMention> tb = TimelineBuilder.primaryTime(l.b());
            if (ta.isEmpty() || tb.isEmpty() || !ta.get().conflictsWith(tb.get())) {
                continue;
            }
            Claim a = l.a();
            Claim b = l.b();
            String message = String.format(Locale.ROOT, "%s dates \"%s\" %s where %s says %s.", a.sourceId(),
                    Claims.abbreviate(a.text(), 70), "\"" + ta.get().text() + "\"", b.sourceId(), "\"" + tb.get().text() + "\"");
            out.add(FindingKind.DATE_MISMATCH, Severity.MAJOR, message,
                    List.of(out.quote(a, ta.get().span()), out.quote(b, tb.get().span())), List.of(a, b));
        }
    }
}
