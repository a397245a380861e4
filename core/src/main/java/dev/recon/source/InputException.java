package dev.recon.source;

import java.util.Objects;

/**
 * An input that recon cannot use. The message is one line naming the file and the problem, fit to
 * show a user as it is.
 */
public final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final InputProblem problem;

    public InputException(String path, InputProblem problem) {
        this(path, problem, null);
    }

    public InputException(String path, InputProblem problem, String detail) {
        super(path + ": " + problem.description() + (detail == null ? "" : " (" + detail + ")"));
        this.path = Objects.requireNonNull(path);
        this.problem = Objects.requireNonNull(problem);
    }

    public String path() {
        return path;
    }

    public InputProblem problem() {
        return problem;
    }
}
