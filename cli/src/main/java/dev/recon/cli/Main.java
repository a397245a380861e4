package dev.recon.cli;

import dev.recon.Reconciler;
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
        InternalFailure.prepare();
        int code;
        try {
            code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                    CommandLine.defaultFactory(), System.getenv(DEBUG_VARIABLE) != null, true);
        } catch (Throwable unreported) {
            // run() reports every failure; this is a failure to report one, when even that found no memory
            code = ExitCode.INTERNAL;
        }
        System.exit(code);
    }

    /**
     * For {@code compare}, a factory whose command has its models, WordNet and knowledge base already
     * loading: parsing the command line with picocli's reflection takes a tenth of a second of a
     * one-second run, and loading can use it. Loading is daemon work, so a run that ends early (a usage
     * error, {@code --help}) simply leaves it behind.
     */
    static CommandLine.IFactory startingEarly(String[] args, CommandLine.IFactory factory) {
        if (args.length == 0 || !args[0].equals("compare")) {
            return factory;
        }
        Reconciler.Builder loading = Reconciler.builder().loadInBackground();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                K made = factory.create(cls);
                if (made instanceof CompareCommand compare) {
                    compare.preloaded = loading;
                }
                return made;
            }
        };
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
        return run(args, out, err, factory, debug, false);
    }

    private static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory, boolean debug,
                           boolean loadEarly) {
        // one failure, one line: out of memory, picocli's handler may report it and the code after it fail again
        Reported reported = new Reported();
        try {
            CommandLine cl = new CommandLine(new ReconCommand(), loadEarly ? startingEarly(args, factory) : factory);
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
            cl.setExecutionExceptionHandler((ex, c, p) -> internalError(ex, err, debug, reported));
            return cl.execute(args);
        } catch (Throwable t) {
            // picocli hands only Exceptions to the handler above; Errors (out of memory, stack overflow) end here
            return internalError(t, err, debug, reported);
        }
    }

    /** Whether a run has reported its internal error. */
    private static final class Reported {
        boolean done;
    }

    /** Like picocli's own, but its error names no Java class. */
    private static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a valid path (" + e.getReason() + ")");
        }
    }

    private static int internalError(Throwable t, PrintWriter err, boolean debug, Reported reported) {
        if (reported.done) {
            return ExitCode.INTERNAL;
        }
        String line = InternalFailure.line(t);
        // Out of memory, threads that were loading models may still be allocating when this thread reports
        // it, so that printing the line runs out of memory too; they stop as they fail, so try again shortly.
        for (int attempt = 1; ; attempt++) {
            try {
                if (!reported.done) {
                    // one write into the writer's buffer, nothing emitted before the flush: a failure in
                    // between cannot leave half a line, nor the whole line printed and then printed again
                    err.write(line + System.lineSeparator());
                    reported.done = true;
                    if (debug) {
                        t.printStackTrace(err);
                    }
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
