package dev.recon.internal.detect;

import dev.recon.model.Claim;
import dev.recon.model.Frame;
import dev.recon.finding.FindingKind;
import dev.recon.internal.finding.Findings;
import dev.recon.finding.Severity;
import dev.recon.model.TimeMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds one happening dated two incompatible ways, across sources (a date mismatch) or within one (an
 * internal inconsistency). Only happenings that occur once to the same participants count (a founding,
 * a reunification, a death), so that two visits in different years are not a conflict. Frames are
 * indexed by event class; only frames of one class are compared.
 */
public final class DateConflictDetector implements Check {

    @Override
    public java.util.Set<FindingKind> produces() {
        return java.util.Set.of(FindingKind.DATE_MISMATCH, FindingKind.INTERNAL_INCONSISTENCY);
    }

    private record Dated(Claim claim, Frame frame) {
    }

    @Override
    public void detect(CheckContext ctx) {
        Map<String, List<Dated>> byClass = new TreeMap<>();
        // a claim a source repeats word for word dates its happening once, not once per copy
        java.util.Set<String> stated = new java.util.HashSet<>();
        for (Claim c : ctx.allClaims()) {
            if (!stated.add(c.sourceId() + "|" + c.text())) {
                continue;
            }
            for (Frame f : c.frames()) {
                if (f.eventClass().once() && !f.times().isEmpty()) {
                    byClass.computeIfAbsent(f.eventClass().id(), k -> new ArrayList<>()).add(new Dated(c, f));
                }
            }
        }
        Findings out = ctx.findings();
        for (List<Dated> group : byClass.values()) {
            Map<String, Boolean> alsoDates = new java.util.HashMap<>();
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Dated x = group.get(i);
                    Dated y = group.get(j);
                    if (x.claim() == y.claim() || !sameHappening(ctx, x, y)) {
                        continue;
                    }
                    TimeMention tx = x.frame().times().get(0);
                    TimeMention ty = y.frame().times().get(0);
                    if (!allConflict(x.frame(), y.frame())) {
                        continue;
                    }
                    boolean sameSource = x.claim().sourceId().equals(y.claim().sourceId());
                    // two sources that each date the happening both ways (a copy, another revision of
                    // one article) do not disagree with each other: each holds the conflict on its own,
                    // reported as internal. Paired claim by claim they would meet in both directions. One
                    // that gives only one of the dates does disagree with the other's other date
                    if (!sameSource && alsoDates(ctx, group, j, x.claim().sourceId(), alsoDates)
                            && alsoDates(ctx, group, i, y.claim().sourceId(), alsoDates)) {
                        continue;
                    }
                    String what = x.frame().trigger().text();
                    String message = sameSource
                            ? String.format(Locale.ROOT, "%s dates \"%s\" both \"%s\" and \"%s\".",
                            x.claim().sourceId(), what, tx.text(), ty.text())
                            : String.format(Locale.ROOT, "%s dates \"%s\" \"%s\" where %s says \"%s\" for \"%s\".",
                            x.claim().sourceId(), what, tx.text(), y.claim().sourceId(), ty.text(),
                            y.frame().trigger().text());
                    out.add(sameSource ? FindingKind.INTERNAL_INCONSISTENCY : FindingKind.DATE_MISMATCH,
                            Severity.MAJOR, message,
                            List.of(out.quote(x.claim(), x.frame().trigger().span().union(tx.span())),
                                    out.quote(y.claim(), y.frame().trigger().span().union(ty.span()))),
                            List.of(x.claim(), y.claim()));
                }
            }
        }
    }

    /**
     * The same kind of happening to the same participants; when one side leaves the object unsaid ("was
     * founded"), only a shared specific participant makes it the same happening.
     */
    private static boolean sameHappening(CheckContext ctx, Dated x, Dated y) {
        return x.frame().sameKind(y.frame()) && Participants.overlap(ctx.kb(), x.claim(), y.claim())
                || x.frame().sameClassOneObjectUnsaid(y.frame()) && Participants.shareSpecific(ctx.kb(), x.claim(), y.claim());
    }

    /** Whether {@code source} itself dates the happening of {@code group[k]} in a way compatible with it. */
    private static boolean alsoDates(CheckContext ctx, List<Dated> group, int k, String source, Map<String, Boolean> memo) {
        return memo.computeIfAbsent(k + "|" + source, key -> {
            Dated d = group.get(k);
            return group.stream().anyMatch(o -> o.claim().sourceId().equals(source) && o.claim() != d.claim()
                    && sameHappening(ctx, o, d) && !allConflict(o.frame(), d.frame()));
        });
    }

    private static boolean allConflict(Frame a, Frame b) {
        for (TimeMention ta : a.times()) {
            for (TimeMention tb : b.times()) {
                if (!ta.conflictsWith(tb)) {
                    return false;
                }
            }
        }
        return true;
    }
}
