/**
 * recon: document comparison and fact reconciliation. {@link dev.recon.Reconciler} is the entry point;
 * its {@link dev.recon.Reconciler.Builder} takes the options ({@link dev.recon.Thresholds},
 * {@link dev.recon.Comparison}, threads, detectors of one's own), and it turns
 * {@link dev.recon.source.Source}s into a {@link dev.recon.Report} of claims, alignments and findings,
 * each pointing into the original texts by exact offsets.
 */
package dev.recon;
