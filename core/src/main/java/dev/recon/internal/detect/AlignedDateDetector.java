package dev.recon.internal.detect;

import dev.recon.internal.align.Link;
import dev.recon.model.Claim;
import dev.recon.finding.FindingKind;
import dev.recon.internal.finding.Findings;
import dev.recon.finding.Severity;
import dev.recon.model.TimeMention;
import dev.recon.internal.timeline.TimelineBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Aligned claims worded differently that date their main happening differently: "It was played ... on
 * 30 July 1966" against "the afternoon of 31 July 1966, when England beat West Germany". Parallel
 * copies are compared slot by slot elsewhere; this compares each claim's primary date.
 */
public final class AlignedDateDetector implements Check {

    @Override
    public java.util.Set<FindingKind> produces() {
        return java.util.Set.of(FindingKind.DATE_MISMATCH);
    }

    @Override
    public void detect(CheckContext ctx) {
        Findings out = ctx.findings();
        for (Link l : ctx.alignment().links()) {
            Optional<TimeMention> ra = onlyRange(l.a());
            Optional<TimeMention> rb = onlyRange(l.b());
            // "from 17 November to 28 November" against "from November 17 to December 29": a claim's one
            // period is its happening's span, however the words around it are ordered
            Optional<TimeMention> ta = ra.isPresent() && rb.isPresent() ? ra : TimelineBuilder.primaryTime(l.a());
            Optional<TimeMention> tb = ra.isPresent() && rb.isPresent() ? rb : TimelineBuilder.primaryTime(l.b());
            boolean ranges = ra.isPresent() && rb.isPresent();
            if (ta.isEmpty() || tb.isEmpty() || !(ranges ? endsDiffer(ta.get(), tb.get()) : ta.get().conflictsWith(tb.get()))) {
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

    /**
     * Two periods that overlap still disagree when they start or end on different days: "17 to 28
     * November" is not "17 November to 29 December". An end given less precisely ("late December")
     * agrees with any day inside it.
     */
    static boolean endsDiffer(TimeMention a, TimeMention b) {
        String[] x = a.value().split("/");
        String[] y = b.value().split("/");
        if (x.length != 2 || y.length != 2) {
            return a.conflictsWith(b);
        }
        return !compatible(x[0], y[0]) || !compatible(x[1], y[1]);
    }

    private static boolean compatible(String a, String b) {
        return a.startsWith(b) || b.startsWith(a) || a.contains("X") || b.contains("X");
    }

    private static Optional<TimeMention> onlyRange(Claim c) {
        List<TimeMention> ranges = c.times().stream()
                .filter(t -> t.relation() == dev.recon.model.Relation.RANGE && t.interval() != null).toList();
        return ranges.size() == 1 ? Optional.of(ranges.get(0)) : Optional.empty();
    }
}
