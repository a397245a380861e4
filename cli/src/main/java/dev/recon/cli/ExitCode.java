package dev.recon.cli;

/** The exit codes of the {@code recon} command, as documented in README.md. */
public final class ExitCode {

    /** The run succeeded. */
    public static final int OK = 0;
    /** Reserved for findings at or above the {@code --fail-on} severity. */
    public static final int FINDINGS = 1;
    /**
     * The command line is wrong: unknown option, missing argument, bad value; an invalid recon.json
     * (its entities included); an output file that cannot be written, found before the analysis.
     */
    public static final int USAGE = 2;
    /**
     * An input is unusable: missing, unreadable, empty, binary, not UTF-8 (UTF-16 is named as such),
     * not English, the same file given twice, too few sources, a bad knowledge base or baseline.
     */
    public static final int INPUT = 3;
    /** recon itself failed, running out of memory included; one line, and please report it. */
    public static final int INTERNAL = 4;

    private ExitCode() {
    }
}
