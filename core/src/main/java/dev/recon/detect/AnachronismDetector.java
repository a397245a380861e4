package dev.recon.detect;

import dev.recon.claim.Claim;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Findings;
import dev.recon.finding.Severity;
import dev.recon.kb.Entity;
import dev.recon.kb.EntityMention;
import java.util.List;
import java.util.Locale;

/**
 * Names a state, organisation or party as an actor in a claim about a time when it did not exist:
 * "Russia" in a claim about the 1970s. The claim's own time decides; a present-day claim that names
 * present-day Russia is correct.
 */
public final class AnachronismDetector implements Detector {

    @Override
    public java.util.Set<FindingKind> produces() {
        return java.util.Set.of(FindingKind.ANACHRONISM);
    }

    @Override
    public java.util.Set<FindingKind> consumes() {
        return java.util.Set.of(FindingKind.ANACHRONISM);
    }

    @Override
    public void detect(DetectionContext ctx) {
        Findings out = ctx.findings();
        for (Claim c : ctx.allClaims()) {
            for (EntityMention m : c.entities()) {
                if (!NameJudge.isAnachronistic(m, c, ctx.lexicon()) || out.covers(c.sourceId(), m.span(), FindingKind.ANACHRONISM)) {
                    continue;
                }
                Entity e = m.resolve(c.when()).orElseThrow();
                String message = String.format(Locale.ROOT, "%s names \"%s\" (%s, %s) in a claim about %s, when it did not exist.",
                        c.sourceId(), m.text(), e.name(), Periods.describe(e.period()), Periods.describe(c.when()));
                out.add(FindingKind.ANACHRONISM, Severity.MAJOR, message, List.of(out.quote(c, m.span())), List.of(c));
            }
        }
    }
}
