package dev.recon.internal.detect;

import dev.recon.model.Claim;
import dev.recon.internal.fact.IdentityFact;
import dev.recon.internal.fact.IdentityFactExtractor;
import dev.recon.finding.FindingKind;
import dev.recon.internal.finding.Findings;
import dev.recon.finding.Severity;
import dev.recon.internal.lexicon.WordNet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * One named thing described as two kinds of thing that exclude each other: "Luna 9, the lander"
 * against "an orbiter called Luna 9", "HMS Amethyst, a frigate" against "the destroyer HMS Amethyst".
 * Kinds exclude each other when WordNet makes them siblings (two kinds of one thing); a broader word
 * ("the ship") and roles of a person ("the president", "a leader") agree. Indexed by the folded name.
 */
public final class IdentityConflictDetector implements Check {

    private final WordNet wordNet;

    public IdentityConflictDetector(WordNet wordNet) {
        this.wordNet = Objects.requireNonNull(wordNet, "wordNet");
    }

    @Override
    public Set<FindingKind> produces() {
        return Set.of(FindingKind.ENTITY_MISMATCH);
    }

    @Override
    public void detect(CheckContext ctx) {
        IdentityFactExtractor extractor = new IdentityFactExtractor(ctx.lexicon());
        Map<String, List<IdentityFact>> byName = new TreeMap<>();
        for (Claim c : ctx.allClaims()) {
            for (IdentityFact f : extractor.extract(c)) {
                byName.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
            }
        }
        Findings out = ctx.findings();
        for (List<IdentityFact> facts : byName.values()) {
            Set<String> done = new HashSet<>();
            for (int i = 0; i < facts.size(); i++) {
                for (int j = i + 1; j < facts.size(); j++) {
                    IdentityFact a = facts.get(i);
                    IdentityFact b = facts.get(j);
                    if (a.sourceId().equals(b.sourceId()) || a.kind().equals(b.kind())
                            || !done.add(a.kind() + "|" + b.kind()) || wordNet.isPerson(a.kind()) || wordNet.isPerson(b.kind())
                            || wordNet.kinship(a.kind(), b.kind()) != WordNet.Kinship.SIBLING) {
                        continue;
                    }
                    String message = String.format(Locale.ROOT, "%s calls %s a %s where %s calls it a %s.",
                            a.sourceId(), a.name(), a.kind(), b.sourceId(), b.kind());
                    out.add(FindingKind.ENTITY_MISMATCH, Severity.MINOR, message,
                            List.of(out.quote(a.claim(), a.span()), out.quote(b.claim(), b.span())),
                            List.of(a.claim(), b.claim()));
                }
            }
        }
    }
}
