package dev.recon.model;

/**
 * An immutable half-open range {@code [start, end)} of UTF-16 code units (Java {@code String} indices)
 * into the original text of a source. Every sentence, claim, mention and piece of evidence in recon is
 * located by a span, so a span is validated when it is made and never adjusted afterwards.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0: " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int index) {
        return start <= index && index < end;
    }

    /** True when the two spans share at least one code unit. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    public Span shift(int offset) {
        return new Span(start + offset, end + offset);
    }

    /** The covered text; fails loudly when the span does not fit the text. */
    public String of(CharSequence text) {
        if (end > text.length()) {
            throw new IndexOutOfBoundsException("span " + this + " exceeds text length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    /** This span without the whitespace at either edge of the covered text. */
    public Span trim(CharSequence text) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s == start && e == end ? this : new Span(s, e);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }

    @Override
    public String toString() {
        return "[" + start + ".." + end + ")";
    }
}
