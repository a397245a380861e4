package dev.recon.internal.detect;

import dev.recon.model.Alignment;
import dev.recon.internal.claim.AnalyzedSource;
import dev.recon.model.Claim;
import dev.recon.finding.Evidence;
import dev.recon.finding.FindingKind;
import dev.recon.internal.finding.Findings;
import dev.recon.finding.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A dated or numeric fact that most sources give and one leaves out. Reported at info: leaving a fact
 * out is a choice, but an editor comparing versions wants to see it.
 */
public final class OmissionDetector implements Check {

    @Override
    public java.util.Set<FindingKind> produces() {
        return java.util.Set.of(FindingKind.OMISSION);
    }

    @Override
    public void detect(CheckContext ctx) {
        int n = ctx.sources().size();
        if (n < 3) {
            return;
        }
        Findings out = ctx.findings();
        for (Alignment a : ctx.alignment().alignments()) {
            int size = a.claims().size();
            if (size < 2 || size == n || 2 * size <= n) {
                continue;
            }
            boolean factual = a.claims().stream().anyMatch(c -> !c.datedTimes().isEmpty() || !c.quantities().isEmpty());
            if (!factual) {
                continue;
            }
            Set<String> present = a.claims().stream().map(Claim::sourceId).collect(Collectors.toSet());
            for (AnalyzedSource s : ctx.sources()) {
                if (present.contains(s.id())) {
                    continue;
                }
                List<Evidence> ev = a.claims().stream().map(c -> out.quote(c, c.span())).toList();
                String message = String.format(Locale.ROOT, "%s leaves out what %s state: \"%s\".", s.id(),
                        String.join(" and ", present.stream().sorted().toList()),
                        Claims.abbreviate(a.claims().get(0).text(), 100));
                out.add(FindingKind.OMISSION, Severity.INFO, message, ev, a.claims());
            }
        }
    }
}
