/**
 * Temporal expressions: finding them, normalising them to TIMEX3 values, and placing them on the time
 * line so that two statements' times can be compared. {@link dev.recon.internal.time.TimexTagger} is the one
 * temporal tagger in recon; the {@code compare} and {@code timex} commands both use it.
 */
package dev.recon.internal.time;
