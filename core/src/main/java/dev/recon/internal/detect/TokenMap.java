package dev.recon.internal.detect;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.recon.model.Token;
import dev.recon.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A word-level diff of two claims (java-diff-utils over lower-cased tokens), read as a map from each
 * token of one claim to the tokens of the other that stand in its place: its equal, or the other side
 * of the change it belongs to.
 */
final class TokenMap {

    /** Changes wider than this are rewrites, not substitutions, and map to nothing. */
    private static final int MAX_CHANGE = 6;

    private final List<Token> a;
    private final List<Token> b;
    /** For each token of a: the b token indices standing in its place. */
    private final List<Set<Integer>> aToB = new ArrayList<>();
    private final List<Set<Integer>> bToA = new ArrayList<>();

    TokenMap(List<Token> a, List<Token> b) {
        this.a = a;
        this.b = b;
        for (int i = 0; i < a.size(); i++) {
            aToB.add(new TreeSet<>());
        }
        for (int i = 0; i < b.size(); i++) {
            bToA.add(new TreeSet<>());
        }
        List<String> wa = a.stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toList();
        List<String> wb = b.stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toList();
        int ai = 0;
        int bi = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(wa, wb).getDeltas()) {
            while (ai < d.getSource().getPosition()) {
                pair(ai++, bi++);
            }
            int as = d.getSource().getPosition();
            int ae = as + d.getSource().size();
            int bs = d.getTarget().getPosition();
            int be = bs + d.getTarget().size();
            if (ae - as <= MAX_CHANGE && be - bs <= MAX_CHANGE) {
                for (int x = as; x < ae; x++) {
                    for (int y = bs; y < be; y++) {
                        pair(x, y);
                    }
                }
            }
            ai = ae;
            bi = be;
        }
        while (ai < a.size() && bi < b.size()) {
            pair(ai++, bi++);
        }
    }

    private void pair(int x, int y) {
        aToB.get(x).add(y);
        bToA.get(y).add(x);
    }

    /** Spans of b's tokens that stand in the place of a's tokens inside {@code span}. */
    List<Span> counterpartsInB(Span span) {
        return counterparts(a, b, aToB, span);
    }

    List<Span> counterpartsInA(Span span) {
        return counterparts(b, a, bToA, span);
    }

    private static List<Span> counterparts(List<Token> from, List<Token> to, List<Set<Integer>> map, Span span) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            if (span.contains(from.get(i).span())) {
                for (int j : map.get(i)) {
                    out.add(to.get(j).span());
                }
            }
        }
        return out;
    }
}
