/**
 * Aligning claims across n sources: an inverted index proposes candidates, lexical similarity and
 * word-level diffs score them, and links group into alignments of at most one claim per source.
 */
package dev.recon.internal.align;
