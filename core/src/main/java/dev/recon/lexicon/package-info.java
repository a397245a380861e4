/**
 * General English word lists as data: stop words, generic discourse nouns, hedges, negations, event
 * classes that unite synonyms and nominalisations ("merge", "reunification"), and evaluative polarity.
 */
package dev.recon.lexicon;
