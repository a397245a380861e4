/**
 * Citations: inline markers such as {@code [3][4]} and the numbered reference list they point into.
 * The layout analyser finds both; {@link dev.recon.detect.CitationDetector} reports markers that point
 * at a missing or empty reference.
 */
package dev.recon.citation;
