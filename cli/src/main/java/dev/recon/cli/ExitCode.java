package dev.recon.cli;

/** The exit codes of the {@code recon} command, as documented in README.md. */
public final class ExitCode {

    /** The run succeeded. */
    public static final int OK = 0;
    /** Reserved for findings at or above the {@code --fail-on} severity. */
    public static final int FINDINGS = 1;
    /** The command line is wrong: unknown option, missing argument, bad value. */
    public static final int USAGE = 2;
    /** An input is unusable: missing, empty, binary, not UTF-8, too few sources, bad knowledge base. */
    public static final int INPUT = 3;
    /** recon itself failed; please report it. */
    public static final int INTERNAL = 4;

    private ExitCode() {
    }
}
