package dev.recon.internal.align;

import dev.recon.model.Claim;
import dev.recon.model.Frame;
import dev.recon.kb.EntityMention;
import dev.recon.kb.KnowledgeBase;
import dev.recon.internal.lexicon.Lexicon;
import dev.recon.model.Token;
import dev.recon.model.Quantity;
import dev.recon.model.TimeMention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a claim is indexed and compared by: keys for its content words, referents, happenings, years
 * and figures (distinct, in the order first met), and its word sequence for diffs. Keys and words are
 * numbers given out by one alignment's {@code ids}, so that comparing two claims compares integers.
 *
 * @param keys       key ids, distinct, in the order first met (sums over them keep that order)
 * @param sortedKeys the same ids, ascending, for membership tests
 * @param words      the word sequence as ids, punctuation left out
 * @param bag        the distinct word ids, ascending
 * @param bagCounts  how often each word of {@code bag} occurs
 * @param bagSquares the sum of the squared counts, the square of the word vector's length
 */
record ClaimFeatures(Claim claim, int[] keys, int[] sortedKeys, int[] words, int[] bag, int[] bagCounts,
                     double bagSquares) {

    /**
     * @param ids one number for each key and word string of an alignment, given out in the order first
     *            asked for
     */
    static ClaimFeatures of(Claim c, KnowledgeBase kb, Lexicon lexicon, Map<String, Integer> ids) {
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
        int[] keyIds = keys.stream().mapToInt(k -> id(k, ids)).toArray();
        int[] sorted = keyIds.clone();
        Arrays.sort(sorted);
        int[] wordIds = words.stream().mapToInt(w -> id(w, ids)).toArray();
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (int w : wordIds) {
            counts.merge(w, 1, Integer::sum);
        }
        int[] bag = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] bagCounts = counts.values().stream().mapToInt(Integer::intValue).toArray();
        double squares = 0;
        for (int n : bagCounts) {
            squares += (double) n * n;
        }
        return new ClaimFeatures(c, keyIds, sorted, wordIds, bag, bagCounts, squares);
    }

    private static int id(String s, Map<String, Integer> ids) {
        Integer known = ids.get(s);
        if (known != null) {
            return known;
        }
        int next = ids.size();
        ids.put(s, next);
        return next;
    }

    /** True when the claim has key {@code key}. */
    boolean hasKey(int key) {
        return Arrays.binarySearch(sortedKeys, key) >= 0;
    }

    /** The lemma, or the event lexicon's base form when the lemmatizer left an inflection. */
    private static String normal(Token t, Lexicon lexicon) {
        return lexicon.eventClass(t.lemma()).isPresent()
                ? Lexicon.bases(t.lemma()).stream().filter(b -> lexicon.eventClass(b).isPresent()).findFirst().orElse(t.lemma())
                : t.lemma();
    }
}
