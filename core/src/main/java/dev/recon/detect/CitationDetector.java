package dev.recon.detect;

import dev.recon.citation.CitationMarker;
import dev.recon.citation.Reference;
import dev.recon.claim.AnalyzedSource;
import dev.recon.claim.Claim;
import dev.recon.finding.Evidence;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Findings;
import dev.recon.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves inline citation markers against the source's reference list and reports markers that point
 * at a missing or empty reference. A claim whose every citation is broken is, in effect, uncited; the
 * message says so.
 */
public final class CitationDetector implements Detector {

    @Override
    public void detect(DetectionContext ctx) {
        Findings out = ctx.findings();
        for (AnalyzedSource s : ctx.sources()) {
            for (Claim c : s.claims()) {
                boolean allBroken = !c.citations().isEmpty() && c.citations().stream()
                        .allMatch(m -> s.layout().reference(m.number()).map(Reference::isEmpty).orElse(true));
                for (CitationMarker m : c.citations()) {
                    Optional<Reference> ref = s.layout().reference(m.number());
                    if (ref.isPresent() && !ref.get().isEmpty()) {
                        continue;
                    }
                    List<Evidence> ev = new ArrayList<>();
                    ev.add(out.quote(c, m.span()));
                    String problem;
                    if (ref.isPresent()) {
                        ev.add(out.quote(s.id(), ref.get().line(), "reference:" + m.number()));
                        problem = "reference " + m.number() + ", which is empty";
                    } else if (s.layout().references().isEmpty()) {
                        problem = "reference " + m.number() + ", but the text has no reference list";
                    } else {
                        problem = "reference " + m.number() + ", which the reference list lacks";
                    }
                    String message = String.format(Locale.ROOT, "%s cites [%d] for \"%s\", pointing at %s%s.",
                            s.id(), m.number(), Claims.abbreviate(c.text(), 80), problem,
                            allBroken ? "; the claim has no working citation" : "");
                    out.add(FindingKind.CITATION_PROBLEM, Severity.MINOR, message, ev, List.of(c));
                }
            }
        }
    }
}
