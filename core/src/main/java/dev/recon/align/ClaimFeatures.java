package dev.recon.align;

import dev.recon.claim.Claim;
import dev.recon.claim.Frame;
import dev.recon.kb.EntityMention;
import dev.recon.kb.KnowledgeBase;
import dev.recon.lexicon.Lexicon;
import dev.recon.nlp.Token;
import dev.recon.quantity.Quantity;
import dev.recon.time.TimeMention;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a claim is indexed and compared by: keys for its content words, referents, happenings, years
 * and figures (distinct, in the order first met), and its word sequence for diffs.
 */
record ClaimFeatures(Claim claim, List<String> keys, List<String> words) {

    /**
     * @param pool one copy of each key string for all claims of an alignment: the same keys recur in
     *             thousands of claims of a long source
     */
    static ClaimFeatures of(Claim c, KnowledgeBase kb, Lexicon lexicon, Map<String, String> pool) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        for (Token t : c.tokens()) {
            if (t.pos().equals("PUNCT")) {
                continue;
            }
            String lemma = normal(t, lexicon);
            words.add(lemma);
            boolean inName = c.entities().stream().anyMatch(e -> e.span().contains(t.span()));
            boolean inTime = c.times().stream().anyMatch(x -> x.span().contains(t.span()));
            if (t.isContent() && !inName && !inTime && !lexicon.isStopword(lemma) && !t.pos().equals("NUM")) {
                keys.add("w:" + lemma);
            }
        }
        for (EntityMention e : c.entities()) {
            keys.add("e:" + e.resolve(c.when()).map(x -> kb.governmentOf(x).id()).orElse("name:" + e.text().toLowerCase()));
            // a lineage key lets a state align with its predecessor or successor ("Germany", "West Germany")
            e.resolve(c.when()).map(kb::governmentOf).map(kb::lineage).ifPresent(l -> keys.add("f:" + l));
        }
        for (Frame f : c.frames()) {
            keys.add("v:" + f.eventClass().id());
        }
        for (TimeMention t : c.datedTimes()) {
            if (t.interval().from() != null) {
                keys.add("y:" + t.interval().from().getYear());
            }
            if (t.interval().to() != null) {
                keys.add("y:" + t.interval().to().getYear());
            }
        }
        for (Quantity q : c.quantities()) {
            keys.add("q:" + Math.round(q.value()));
        }
        List<String> shared = new ArrayList<>(keys.size());
        for (String k : keys) {
            String known = pool.putIfAbsent(k, k);
            shared.add(known == null ? k : known);
        }
        return new ClaimFeatures(c, List.copyOf(shared), List.copyOf(words));
    }

    /** The lemma, or the event lexicon's base form when the lemmatizer left an inflection. */
    private static String normal(Token t, Lexicon lexicon) {
        return lexicon.eventClass(t.lemma()).isPresent()
                ? Lexicon.bases(t.lemma()).stream().filter(b -> lexicon.eventClass(b).isPresent()).findFirst().orElse(t.lemma())
                : t.lemma();
    }
}
