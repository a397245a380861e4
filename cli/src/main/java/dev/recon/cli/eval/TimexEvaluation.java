package dev.recon.cli.eval;

import dev.recon.model.TimeMention;
import dev.recon.model.Timex;
import dev.recon.internal.time.TimexTagger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores the tagger as the TempEval-3 toolkit scores Task A: a gold and a system timex pair when their
 * extents overlap, one-to-one and first-come in text order; strict pairs have identical extents;
 * value and type are compared by exact string equality on pairs; counts are summed over documents.
 */
public final class TimexEvaluation {

    /** One document's outcome. */
    public record DocumentResult(TimeMlDocument document, List<Timex> system, TimexScores scores,
                                 List<String> errors) {
    }

    private final TimexTagger tagger;

    public TimexEvaluation(TimexTagger tagger) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
    }

    /** The TIMEX3 expressions the tagger finds in a document, as TimeML would annotate them. */
    public List<Timex> tag(TimeMlDocument doc) {
        List<Timex> out = new ArrayList<>();
        for (TimeMention m : tagger.tag(doc.text(), doc.dct())) {
            out.addAll(m.parts());
        }
        return out;
    }

    public DocumentResult evaluate(TimeMlDocument doc) {
        List<Timex> system = tag(doc);
        List<Timex> gold = doc.gold();
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] systemUsed = new boolean[system.size()];
        int relaxed = 0;
        int strict = 0;
        int value = 0;
        int type = 0;
        List<String> errors = new ArrayList<>();
        // walk gold in text order; each pairs with the first unpaired overlapping system timex
        for (int g = 0; g < gold.size(); g++) {
            Timex gt = gold.get(g);
            for (int s = 0; s < system.size(); s++) {
                Timex st = system.get(s);
                if (!systemUsed[s] && st.span().overlaps(gt.span())) {
                    goldUsed[g] = true;
                    systemUsed[s] = true;
                    relaxed++;
                    strict += st.span().equals(gt.span()) ? 1 : 0;
                    boolean v = st.value().equals(gt.value());
                    value += v ? 1 : 0;
                    type += st.type() == gt.type() ? 1 : 0;
                    if (!v || st.type() != gt.type() || !st.span().equals(gt.span())) {
                        errors.add(String.format("MISMATCH gold \"%s\" %s %s | system \"%s\" %s %s", gt.text(),
                                gt.type(), gt.value(), st.text(), st.type(), st.value()));
                    }
                    break;
                }
            }
            if (!goldUsed[g]) {
                errors.add(String.format("MISSED   gold \"%s\" %s %s", gt.text(), gt.type(), gt.value()));
            }
        }
        for (int s = 0; s < system.size(); s++) {
            if (!systemUsed[s]) {
                Timex st = system.get(s);
                errors.add(String.format("SPURIOUS system \"%s\" %s %s", st.text(), st.type(), st.value()));
            }
        }
        return new DocumentResult(doc, system, new TimexScores(gold.size(), system.size(), relaxed, strict, value, type),
                errors);
    }
}
