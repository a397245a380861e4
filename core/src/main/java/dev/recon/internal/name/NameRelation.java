package dev.recon.internal.name;

/** How two spellings of a proper name relate, from the strings alone. */
public enum NameRelation {
    /** Equal after folding case, diacritics, punctuation and spacing: "9N-ANC" and "9N ANC". */
    SAME,
    /** Equal after general romanisation equivalences: "Marrakech" and "Marrakesh". */
    TRANSLITERATION,
    /** One is part of the other, or its initials: "Merkel" and "Angela Merkel", "AP" and "Associated Press". */
    SHORT_FORM,
    /** One word differs by a letter or two while the rest agrees: "Mandella" and "Mandela". */
    SPELLING,
    /** Nothing shows that the two name one thing. */
    UNRELATED
}
