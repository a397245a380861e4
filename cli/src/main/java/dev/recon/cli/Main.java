package dev.recon.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/** Entry point of the {@code recon} command. The only place that calls {@link System#exit}. */
public final class Main {

    /** Set (to anything) in the environment, it adds the stack trace to an internal error for a bug report. */
    static final String DEBUG_VARIABLE = "RECON_DEBUG";

    /** Times the report of an internal error is tried when writing it runs out of memory itself. */
    static final int REPORT_ATTEMPTS = 10;
    /** The pause between those tries, for other threads to fail and free what they held. */
    static final long REPORT_RETRY_MILLIS = 100;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                CommandLine.defaultFactory(), System.getenv(DEBUG_VARIABLE) != null));
    }

    /** Runs the command with the given streams and returns its exit code; used by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, CommandLine.defaultFactory(), false);
    }

    /**
     * Runs the command, making its commands with {@code factory} (tests inject failures through it).
     * Whatever escapes a command, an {@link Error} such as {@link OutOfMemoryError} included, becomes
     * one line and {@link ExitCode#INTERNAL}: CI must not read a crash as "findings" (exit 1).
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory, boolean debug) {
        try {
            CommandLine cl = new CommandLine(new ReconCommand(), factory);
            cl.setOut(out);
            cl.setErr(err);
            cl.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
            cl.registerConverter(Path.class, Main::path);
            cl.setParameterExceptionHandler((ex, a) -> {
                err.println("recon: " + ex.getMessage());
                err.println("Try 'recon " + (ex.getCommandLine().getCommandName().equals("recon") ? ""
                        : ex.getCommandLine().getCommandName() + " ") + "--help' for usage.");
                return ExitCode.USAGE;
            });
            cl.setExecutionExceptionHandler((ex, c, p) -> internalError(ex, err, debug));
            return cl.execute(args);
        } catch (Throwable t) {
            // picocli hands only Exceptions to the handler above; Errors (out of memory, stack overflow) end here
            return internalError(t, err, debug);
        }
    }

    /** Like picocli's own, but its error names no Java class. */
    private static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a valid path (" + e.getReason() + ")");
        }
    }

    private static int internalError(Throwable t, PrintWriter err, boolean debug) {
        String line = InternalFailure.line(t);
        // Out of memory, threads that were loading models may still be allocating when this thread reports
        // it, so that printing the line runs out of memory too; they stop as they fail, so try again shortly.
        for (int attempt = 1; ; attempt++) {
            try {
                err.println(line);
                if (debug) {
                    t.printStackTrace(err);
                }
                err.flush();
                return ExitCode.INTERNAL;
            } catch (OutOfMemoryError again) {
                if (attempt == REPORT_ATTEMPTS) {
                    // the exit code still says what happened, even when no line could be written
                    return ExitCode.INTERNAL;
                }
                System.gc();
                try {
                    Thread.sleep(REPORT_RETRY_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return ExitCode.INTERNAL;
                }
            }
        }
    }
}
