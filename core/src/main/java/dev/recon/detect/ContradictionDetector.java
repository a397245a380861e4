package dev.recon.detect;

import dev.recon.align.Link;
import dev.recon.claim.Claim;
import dev.recon.finding.FindingKind;
import dev.recon.finding.Findings;
import dev.recon.finding.Severity;
import dev.recon.lexicon.Lexicon;
import dev.recon.nlp.Token;
import java.util.List;
import java.util.Locale;

/**
 * Aligned claims that assert opposite things: one negates what the other states, or they judge the same
 * relation with words of opposite polarity ("remained cordial" against "became rivals"). A lexicon of
 * polarity and negation decides; {@link PolarityJudge} is the seam where a model-based judge can be
 * plugged in instead.
 */
public final class ContradictionDetector implements Detector {

    /** Decides whether two aligned claims contradict each other. */
    public interface PolarityJudge {
        /** A reason when the claims contradict each other, else null. */
        String contradiction(Claim a, Claim b);
    }

    private final PolarityJudge judge;

    public ContradictionDetector(PolarityJudge judge) {
        this.judge = judge;
    }

    /** The lexicon-based judge. */
    public static ContradictionDetector lexical(Lexicon lexicon) {
        return new ContradictionDetector((a, b) -> {
            int pa = polarity(a, lexicon);
            int pb = polarity(b, lexicon);
            if (pa != 0 && pb != 0 && Integer.signum(pa) != Integer.signum(pb)) {
                return "opposite judgements";
            }
            boolean na = negated(a, lexicon);
            boolean nb = negated(b, lexicon);
            if (na != nb && Aligned.sameWording(a, b)) {
                return "one negates the other";
            }
            return null;
        });
    }

    @Override
    public void detect(DetectionContext ctx) {
        Findings out = ctx.findings();
        for (Link l : ctx.alignment().links()) {
            String why = judge.contradiction(l.a(), l.b());
            if (why == null) {
                continue;
            }
            String message = String.format(Locale.ROOT, "%s says \"%s\" but %s says \"%s\" (%s).",
                    l.a().sourceId(), Claims.abbreviate(l.a().text(), 80), l.b().sourceId(),
                    Claims.abbreviate(l.b().text(), 80), why);
            out.add(FindingKind.CONTRADICTION, Severity.MINOR, message,
                    List.of(out.quote(l.a(), l.a().span()), out.quote(l.b(), l.b().span())), List.of(l.a(), l.b()));
        }
    }

    static int polarity(Claim c, Lexicon lexicon) {
        int p = 0;
        for (Token t : c.tokens()) {
            p += lexicon.polarity(t.lemma());
        }
        return negated(c, lexicon) ? -p : p;
    }

    static boolean negated(Claim c, Lexicon lexicon) {
        return c.tokens().stream().anyMatch(t -> lexicon.isNegation(t.lemma()) || t.lower().equals("not"));
    }

    /** Helpers on aligned pairs. */
    static final class Aligned {
        private Aligned() {
        }

        static boolean sameWording(Claim a, Claim b) {
            return dev.recon.align.Aligner.wordRatio(words(a), words(b)) >= 0.7;
        }

        private static List<String> words(Claim c) {
            return c.tokens().stream().map(Token::lower).toList();
        }
    }
}
