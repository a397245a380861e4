package dev.recon.model;

/** What a line-level block of a source is. Only {@link #PARAGRAPH} yields claims. */
public enum BlockKind {
    /** Running prose: the only kind whose sentences become claims. */
    PARAGRAPH,
    /** A title or section heading; gives its section a name but states nothing. */
    HEADING,
    /** Short standalone text: captions, bylines, labels, teaser lines. */
    FRAGMENT,
    /** Navigation, share buttons, editor chrome. */
    BOILERPLATE,
    /** Separator lines such as {@code ---} or {@code —}. */
    SEPARATOR,
    /** "See also", "References", "External links" and what follows them. */
    BACK_MATTER,
    /** One numbered entry of a reference list. */
    REFERENCE,
    /** A meta description or keywords block. */
    META;

    /** The kind's name in reports: {@code back-matter} for {@link #BACK_MATTER}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
