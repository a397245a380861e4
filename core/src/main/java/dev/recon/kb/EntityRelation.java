package dev.recon.kb;

/** How two resolved names relate, which decides the severity of a naming difference. */
public enum EntityRelation {
    /** One referent under two names: "North Vietnam" and "the Democratic Republic of Vietnam". */
    SAME,
    /** The first contains the second: "Korea" against "the DPRK". A looser name. */
    BROADER,
    /** The first lies within the second. */
    NARROWER,
    /** One ended and the other took its place: "the Soviet Union" and "Russia". Different referents. */
    SUCCESSION,
    /** Unrelated referents. */
    DIFFERENT
}
