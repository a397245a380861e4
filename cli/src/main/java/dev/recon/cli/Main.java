package dev.recon.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code recon} command. The only place that calls {@link System#exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command with the given streams and returns its exit code; used by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ReconCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("recon: " + ex.getMessage());
            err.println("Try 'recon " + (ex.getCommandLine().getCommandName().equals("recon") ? ""
                    : ex.getCommandLine().getCommandName() + " ") + "--help' for usage.");
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            err.println("recon: internal error: " + ex);
            return ExitCode.INTERNAL;
        });
        return cl.execute(args);
    }
}
