/**
 * Input documents. {@link dev.recon.source.SourceLoader} turns files and directories into
 * {@link dev.recon.source.Source}s and refuses unusable input with a one-line
 * {@link dev.recon.source.InputException}; nothing is dropped silently.
 */
package dev.recon.source;
