/**
 * The {@code recon} command line. {@link dev.recon.cli.Main} is the only code in recon that exits; the
 * commands return exit codes ({@link dev.recon.cli.ExitCode}) and print one-line errors, never traces.
 */
package dev.recon.cli;
