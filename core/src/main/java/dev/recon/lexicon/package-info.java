/**
 * General English word lists as data: stop words, hedges, negations, event classes that unite synonyms
 * and nominalisations ("merge", "reunification"), and evaluative polarity; and WordNet 3.1 (extJWNL)
 * for what figures count ({@link dev.recon.lexicon.WordNet}) and which nouns are generic discourse words
 * ({@link dev.recon.lexicon.Genericity}).
 */
package dev.recon.lexicon;
