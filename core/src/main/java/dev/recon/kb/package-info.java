/**
 * The entity knowledge base: canonical states, regions, organisations, parties, people and events, with
 * aliases, demonyms, periods of existence, containment and succession. It resolves a name to what it
 * meant at a claim's time, tells an alias from a looser or a different name, and shows anachronism.
 * The embedded default is a classpath resource; users layer their own entries over it. The linker finds
 * its names in text and reads what each stands for there: the state acting, part of an event's name, a
 * culture, or a bare name.
 */
package dev.recon.kb;
