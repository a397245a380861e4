/**
 * The build-time generator of recon's compact WordNet 3.1 ({@code dev/recon/internal/lexicon/wordnet-3.1.bin}):
 * it reads WordNet through extJWNL, as recon once did at every start, and writes the part recon asks of
 * it in a form that loads in a few tens of milliseconds. The reader and the format's description are
 * {@code dev.recon.internal.lexicon.CompactWordNet} in recon-core; this package is not in the module's jar.
 */
package dev.recon.wordnet;
