/**
 * The extension point: a {@link dev.recon.detect.Detector} of one's own, added with
 * {@code Reconciler.builder().addDetector(...)}, reads the sources, claims and alignments of a
 * reconciliation and adds findings, which recon de-duplicates, identifies and reports as its own.
 */
package dev.recon.detect;
