/**
 * Proper names compared as strings: when two spellings are one name (case, diacritics, punctuation),
 * a transliteration of one name, a short form of the other, a likely misspelling, or unrelated. The
 * knowledge base decides for names it knows; this package is for the names it does not. Its word
 * lists (romanisation equivalences, common given names) are data files beside the classes.
 */
package dev.recon.internal.name;
