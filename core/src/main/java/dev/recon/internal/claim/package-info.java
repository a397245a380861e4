/**
 * Claims: the statements each source makes, one per sentence or clause, with their times, names,
 * figures, happenings and citations, each located by offsets into the original file.
 */
package dev.recon.internal.claim;
