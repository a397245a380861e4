package dev.recon.cli;

/** Says in plain words what went wrong inside recon, without Java class names or a stack trace. */
final class InternalFailure {

    /** A fully qualified Java name, such as {@code java.io.IOException} or {@code "dev.recon.model.Claim.id()"}. */
    private static final java.util.regex.Pattern QUALIFIED_NAME =
            java.util.regex.Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_$]*");
    /** Longer messages are cut: the line must stay one line a person reads. */
    private static final int MAX_MESSAGE = 200;

    /**
     * Built in advance: with the heap exhausted, even joining two strings may fail. It names
     * {@code RECON_JAVA_OPTS}, not {@code JAVA_TOOL_OPTIONS}: the launchers put an {@code -Xmx} of their own
     * on the command line, which wins over the latter.
     */
    private static final String OUT_OF_MEMORY =
            "recon: internal error: out of memory; give Java more (RECON_JAVA_OPTS=-Xmx8g recon ..., or java -Xmx8g -jar recon.jar ...), or split the input";

    private InternalFailure() {
    }

    /**
     * Initialises this class, so that reporting a failure needs no class initialised after memory ran
     * out: with models loading from the start, a small heap can be exhausted before the first failure.
     */
    static void prepare() {
        // the call itself is the point: it runs the static initialiser now
    }

    /** The one line that reports {@code t}. */
    static String line(Throwable t) {
        return causedBy(t, OutOfMemoryError.class) || classFailedForLackOfMemory(t) ? OUT_OF_MEMORY
                : "recon: internal error: " + describe(t);
    }

    /**
     * A class whose initialiser ran out of memory cannot be used afterwards: the next use throws a
     * {@link NoClassDefFoundError} ("Could not initialize class"), whose cause is an
     * {@link ExceptionInInitializerError} that names the original error only in its message.
     */
    private static boolean classFailedForLackOfMemory(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ExceptionInInitializerError && c.getMessage() != null
                    && c.getMessage().contains(OutOfMemoryError.class.getName())) {
                return true;
            }
        }
        return false;
    }

    /** Libraries may wrap what they hit in exceptions of their own, so look at every cause. */
    private static boolean causedBy(Throwable t, Class<? extends Throwable> kind) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (kind.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable t) {
        if (causedBy(t, StackOverflowError.class)) {
            return "the input nests too deeply to analyse; please report it";
        }
        String message = t.getMessage() == null ? "" : t.getMessage().replaceAll("\\s+", " ").strip();
        if (QUALIFIED_NAME.matcher(message).find()) {
            // the JDK's own messages (a helpful NullPointerException's, a wrapped exception's) name Java
            // classes and members, which tell a user nothing; the stack trace of RECON_DEBUG=1 has them
            message = "";
        }
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "...";
        }
        return (message.isEmpty() ? "an unexpected failure" : message)
                + "; please report it (" + Main.DEBUG_VARIABLE + "=1 adds the details)";
    }
}
