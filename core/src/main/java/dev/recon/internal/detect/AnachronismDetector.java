package dev.recon.internal.detect;

import dev.recon.model.Claim;
import dev.recon.finding.FindingKind;
import dev.recon.internal.finding.Findings;
import dev.recon.finding.Severity;
import dev.recon.kb.EntityMention;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Names a state, organisation or party as an actor in a claim about a time when it did not exist
 * ("Russia" in a claim about the 1970s), or by a name it did not yet bear ("Sri Lanka" in 1965). The claim's own time decides; a present-day claim that names
 * present-day Russia is correct.
 */
public final class AnachronismDetector implements Check {

    @Override
    public java.util.Set<FindingKind> produces() {
        return java.util.Set.of(FindingKind.ANACHRONISM);
    }

    @Override
    public java.util.Set<FindingKind> consumes() {
        return java.util.Set.of(FindingKind.ANACHRONISM);
    }

    @Override
    public void detect(CheckContext ctx) {
        Findings out = ctx.findings();
        for (Claim c : ctx.allClaims()) {
            for (EntityMention m : c.entities()) {
                Optional<Anachronism> a = NameJudge.anachronism(ctx.kb(), m, c, ctx.lexicon());
                if (a.isEmpty() || out.covers(c.sourceId(), m.span(), FindingKind.ANACHRONISM)) {
                    continue;
                }
                String message = String.format(Locale.ROOT, "%s names \"%s\" %s.", c.sourceId(), m.text(),
                        a.get().describe());
                out.add(FindingKind.ANACHRONISM, Severity.MAJOR, message, List.of(out.quote(c, m.span())), List.of(c));
            }
        }
    }
}
