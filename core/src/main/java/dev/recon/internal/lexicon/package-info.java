/**
 * General English word lists as data: stop words, hedges, negations, event classes that unite synonyms
 * and nominalisations ("merge", "reunification"), and evaluative polarity; and WordNet 3.1, in a compact
 * form the build generates from extJWNL's WordNet data ({@link dev.recon.internal.lexicon.CompactWordNet}),
 * for what figures count ({@link dev.recon.internal.lexicon.WordNet}), which nouns are generic discourse words
 * ({@link dev.recon.internal.lexicon.Genericity}) and which are a state's offices and bodies, its culture or a
 * happening ({@link dev.recon.internal.lexicon.StateNouns}).
 */
package dev.recon.internal.lexicon;
