package dev.recon.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether recon's standard streams are a terminal a person reads, for colour and progress. */
final class Terminal {

    private Terminal() {
    }

    /**
     * Whether standard input and output are a terminal. Up to JDK 21, {@link System#console()} is non-null
     * exactly then; from JDK 22 it may return a console that is no terminal (with output redirected to a
     * file), and {@code Console.isTerminal()}, looked up here since recon builds for 17, tells the two apart.
     */
    static boolean attached() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        Method isTerminal;
        try {
            isTerminal = Console.class.getMethod("isTerminal");
        } catch (NoSuchMethodException beforeJdk22) {
            return true;
        }
        try {
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // unknown: plain output is the safe side, it never puts escapes into a file
            return false;
        }
    }
}
