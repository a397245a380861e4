package dev.recon.internal.text;

import java.util.BitSet;

/**
 * Which offsets of a text lie inside quotation marks, counted from the start of their paragraph, since a
 * quotation may run over several sentences but not into the next paragraph. Curly quotes open and
 * close; straight double quotes toggle. Built in one pass, so every look-up is constant time. Immutable.
 */
public final class Quotations {

    private final BitSet inside;

    private Quotations(BitSet inside) {
        this.inside = inside;
    }

    /**
     * @param paragraphStarts where each paragraph begins, ascending; the layout knows, whatever the line
     *                        ends and blank lines around them
     */
    public static Quotations of(String text, int[] paragraphStarts) {
        BitSet inside = new BitSet(text.length());
        int open = 0;
        int close = 0;
        int straight = 0;
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            while (next < paragraphStarts.length && paragraphStarts[next] <= i) {
                if (paragraphStarts[next] == i) {
                    open = 0;
                    close = 0;
                    straight = 0;
                }
                next++;
            }
            // the state before a character is the state of its offset
            if (open > close || straight % 2 == 1) {
                inside.set(i);
            }
            char ch = text.charAt(i);
            if (ch == '“') {
                open++;
            } else if (ch == '”') {
                close++;
            } else if (ch == '"') {
                straight++;
            }
        }
        return new Quotations(inside);
    }

    /** True when {@code offset} lies inside a quotation. */
    public boolean inside(int offset) {
        return inside.get(offset);
    }
}
