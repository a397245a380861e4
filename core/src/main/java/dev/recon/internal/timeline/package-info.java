/**
 * The consensus timeline: for each dated fact, the value each source gives, the consensus weighted by
 * source kind, and the sources that dissent.
 */
package dev.recon.internal.timeline;
