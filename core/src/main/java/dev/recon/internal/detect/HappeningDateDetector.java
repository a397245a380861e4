package dev.recon.internal.detect;

import dev.recon.model.Claim;
import dev.recon.finding.FindingKind;
import dev.recon.internal.finding.Findings;
import dev.recon.finding.Severity;
import dev.recon.kb.EntityMention;
import dev.recon.model.Token;
import dev.recon.model.TimeMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One source that dates the same happening to two different days: "struck on the night of Friday,
 * September 9" and, later, "struck on September 8, 2023". The happening is the verb the date follows;
 * two mentions are one happening when the verb is the same word and the claims name a place or actor
 * in common. Indexed by source and verb, so only a source's own dated happenings are compared.
 */
public final class HappeningDateDetector implements Check {

    @Override
    public java.util.Set<FindingKind> produces() {
        return java.util.Set.of(FindingKind.INTERNAL_INCONSISTENCY);
    }

    /** Tokens between a verb and the date it governs: "struck on the night of Friday, September 9". */
    private static final int REACH = 7;

    private record Dated(Claim claim, Token verb, TimeMention time, LocalDate day, Set<String> names) {
    }

    @Override
    public void detect(CheckContext ctx) {
        Map<String, List<Dated>> byKey = new TreeMap<>();
        for (Claim c : ctx.allClaims()) {
            for (TimeMention t : c.datedTimes()) {
                if (t.interval().from() == null || !t.interval().from().equals(t.interval().to())
                        || t.value() == null || !t.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                    continue;
                }
                Token verb = verbBefore(c, t);
                if (verb == null || ctx.lexicon().isAttribution(verb.lemma())) {
                    continue;
                }
                byKey.computeIfAbsent(c.sourceId() + "|" + verb.lemma(), k -> new ArrayList<>())
                        .add(new Dated(c, verb, t, t.interval().from(), names(c)));
            }
        }
        Findings out = ctx.findings();
        for (List<Dated> group : byKey.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Dated a = group.get(i);
                    Dated b = group.get(j);
                    if (a.claim() == b.claim() || a.day().equals(b.day()) || a.names().stream().noneMatch(b.names()::contains)) {
                        continue;
                    }
                    String message = String.format(Locale.ROOT, "%s dates \"%s\" both \"%s\" and \"%s\".",
                            a.claim().sourceId(), a.verb().text(), a.time().text(), b.time().text());
                    out.add(FindingKind.INTERNAL_INCONSISTENCY, Severity.MAJOR, message,
                            List.of(out.quote(a.claim(), a.time().span()), out.quote(b.claim(), b.time().span())),
                            List.of(a.claim(), b.claim()));
                }
            }
        }
    }

    private static Token verbBefore(Claim c, TimeMention t) {
        List<Token> toks = c.tokens();
        int at = 0;
        while (at < toks.size() && toks.get(at).span().start() < t.span().start()) {
            at++;
        }
        for (int i = at - 1; i >= Math.max(0, at - REACH); i--) {
            Token k = toks.get(i);
            if (k.pos().equals("VERB")) {
                return k;
            }
            if (k.text().equals(";")) {
                return null;
            }
        }
        return null;
    }

    private static Set<String> names(Claim c) {
        Set<String> out = new HashSet<>();
        for (EntityMention m : c.entities()) {
            out.add(m.text().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
