/**
 * The entity knowledge base: canonical states, regions, organisations, parties, people and events, with
 * aliases, demonyms, periods of existence, containment and succession. It resolves a name to what it
 * meant at a claim's time, tells an alias from a looser or a different name, and shows anachronism.
 * The embedded default is a classpath resource; users layer their own entries over it.
 */
package dev.recon.kb;
