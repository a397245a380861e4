/**
 * Offsets into original text. {@link dev.recon.text.Span} is the one way recon points into a file:
 * UTF-16 code units of the file decoded as UTF-8, so a report consumer can check every quote with
 * {@code text.substring(start, end)}.
 */
package dev.recon.text;
