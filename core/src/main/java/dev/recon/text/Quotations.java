package dev.recon.text;

import java.util.BitSet;

/**
 * Which offsets of a text lie inside quotation marks, counted from the start of their paragraph, since a
 * quotation may run over several sentences but never over a blank line. Curly quotes open and close;
 * straight double quotes toggle. Built in one pass, so every look-up is constant time. Immutable.
 */
public final class Quotations {

    private final BitSet inside;

    private Quotations(BitSet inside) {
        this.inside = inside;
    }

    public static Quotations of(String text) {
        BitSet inside = new BitSet(text.length());
        int open = 0;
        int close = 0;
        int straight = 0;
        for (int i = 0; i < text.length(); i++) {
            // the state before a character is the state of its offset
            if (open > close || straight % 2 == 1) {
                inside.set(i);
            }
            char ch = text.charAt(i);
            if (ch == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                open = 0;
                close = 0;
                straight = 0;
            } else if (ch == '“') {
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
