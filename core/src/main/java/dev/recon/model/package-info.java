/**
 * What a {@link dev.recon.Report} is made of, as immutable values: claims with their tokens, times,
 * figures, names, happenings and citations; alignments of claims across sources; the consensus
 * timeline; and what of each source was set aside. Every value that points into a source does so with
 * a {@link dev.recon.model.Span} of UTF-16 offsets into the original text.
 */
package dev.recon.model;
