package dev.recon.model;

/**
 * How a statement relates to the time it mentions, read from the preposition or construction around
 * the expression. It decides which times are compatible: "by 1975" allows 1975 but not 1976.
 */
public enum Relation {
    /** "in 1975", "on January 31, 1950", "during 1968": within the time. */
    AT,
    /** "by 1975": at or before the end of the time. */
    BY,
    /** "before 1975". */
    BEFORE,
    /** "after 1975". */
    AFTER,
    /** "since 1986", "from 1968": from the start of the time onwards. */
    SINCE,
    /** "through 1968", "until 1970": up to the end of the time. */
    UNTIL,
    /** "1955–1975", "between 1998 and 2002", "from 1962 to 1970". */
    RANGE,
    /** A length of time, not a position on the time line. */
    DURATION
}
