package dev.recon.internal.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Plain words for why a file could not be read or written, for messages a user sees: "permission
 * denied", not {@code (AccessDeniedException)}. Java class names mean nothing to an editor.
 */
public final class IoErrors {

    private IoErrors() {
    }

    /** What went wrong, in lower case, with neither the path nor a class name. */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic links form a loop";
        }
        // the operating system's own words ("Is a directory", "No space left on device") are plain already
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (reason == null || reason.isBlank() || reason.contains("Exception")) {
            return "input/output error";
        }
        String r = reason.strip();
        return r.substring(0, 1).toLowerCase(Locale.ROOT) + r.substring(1);
    }
}
