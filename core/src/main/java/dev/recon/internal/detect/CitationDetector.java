package dev.recon.internal.detect;

import dev.recon.model.CitationMarker;
import dev.recon.model.Reference;
import dev.recon.internal.claim.AnalyzedSource;
import dev.recon.model.Claim;
import dev.recon.finding.Evidence;
import dev.recon.finding.FindingKind;
import dev.recon.internal.finding.Findings;
import dev.recon.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves inline citation markers against the source's reference list and reports markers that point
 * at a missing or empty reference. A claim whose every citation is broken is, in effect, uncited; the
 * message says so.
 *
 * <p>A marker is broken only when the source has a reference list to resolve it against. A copy that
 * lacks the list altogether (a mirror or an excerpt that kept the prose and dropped the back matter)
 * says nothing about any single marker, so it gets one informational finding for the whole source.
 */
public final class CitationDetector implements Check {

    @Override
    public java.util.Set<FindingKind> produces() {
        return java.util.Set.of(FindingKind.CITATION_PROBLEM);
    }

    @Override
    public void detect(CheckContext ctx) {
        Findings out = ctx.findings();
        for (AnalyzedSource s : ctx.sources()) {
            if (s.layout().references().isEmpty()) {
                reportMissingList(out, s);
                continue;
            }
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

    /** One {@code info} finding for a source whose markers have no reference list at all, quoting the first. */
    private static void reportMissingList(Findings out, AnalyzedSource s) {
        List<CitationMarker> markers = s.layout().markers();
        if (markers.isEmpty()) {
            return;
        }
        List<Claim> citing = s.claims().stream().filter(c -> !c.citations().isEmpty()).toList();
        CitationMarker first = markers.get(0);
        Evidence ev = citing.stream()
                .filter(c -> c.citations().contains(first))
                .findFirst()
                .map(c -> out.quote(c, first.span()))
                .orElseGet(() -> out.quote(s.id(), first.span(), "citations"));
        String message = String.format(Locale.ROOT,
                "%s has %d citation marker%s but no reference list; the copy may have dropped it.",
                s.id(), markers.size(), markers.size() == 1 ? "" : "s");
        out.add(FindingKind.CITATION_PROBLEM, Severity.INFO, message, List.of(ev), citing);
    }
}
