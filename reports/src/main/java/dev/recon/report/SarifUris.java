package dev.recon.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where SARIF says a source file is. GitHub code scanning maps a result to a repository file only through a
 * URI relative to the repository root: so a file under the base directory gets a relative, percent-encoded
 * URI (never {@code ../}) resolved against {@code %SRCROOT%}; a file outside it cannot be written that way
 * and gets an absolute {@code file:} URI, which GitHub does not map, and the writer says so.
 */
public final class SarifUris {

    /** The {@code uriBaseId} of every relative location: the name GitHub and the SARIF tools know. */
    public static final String SRCROOT = "%SRCROOT%";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SarifUris() {
    }

    /**
     * The git top level that contains {@code start}: the nearest folder at or above it that has a {@code .git}
     * entry (a folder, or the file a worktree or submodule has), found without running git.
     */
    public static Optional<Path> gitTopLevel(Path start) {
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The default base directory for {@code cwd}: its git top level, or {@code cwd} itself outside a repository. */
    public static Path defaultBaseDir(Path cwd) {
        return gitTopLevel(cwd).orElse(cwd.toAbsolutePath().normalize());
    }

    /** The absolute, normalised file a source path names, a relative one read against {@code cwd}. */
    static Path absolute(String sourcePath, Path cwd) {
        return cwd.toAbsolutePath().resolve(Path.of(sourcePath)).normalize();
    }

    /** Whether the file lies under {@code baseDir}, so that a relative URI without {@code ../} reaches it. */
    static boolean isUnder(Path file, Path baseDir) {
        return file.startsWith(baseDir.toAbsolutePath().normalize());
    }

    /**
     * The URI of {@code file} relative to {@code baseDir}, which must contain it: each segment percent-encoded,
     * joined with {@code /}.
     */
    static String relative(Path file, Path baseDir) {
        Path rel = baseDir.toAbsolutePath().normalize().relativize(file);
        StringBuilder out = new StringBuilder();
        for (Path segment : rel) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            // a colon in the first segment of a relative reference would read as a scheme (RFC 3986, 4.2);
            // encoding it everywhere keeps one rule for every segment
            out.append(encodeSegment(segment.toString(), false));
        }
        return out.toString();
    }

    /**
     * The path of a source as a repository names it, for GitHub annotations: relative to {@code baseDir}
     * with {@code /} between folders when the file lies under it, else its absolute path.
     */
    public static String repositoryPath(String sourcePath, Path baseDir, Path cwd) {
        Path file = absolute(sourcePath, cwd);
        if (!isUnder(file, baseDir)) {
            return file.toString().replace('\\', '/');
        }
        StringBuilder out = new StringBuilder();
        for (Path segment : baseDir.toAbsolutePath().normalize().relativize(file)) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(segment);
        }
        return out.toString();
    }

    /** An absolute {@code file:} URI (RFC 8089) for a file, each segment percent-encoded. */
    static String fileUri(Path absolute) {
        StringBuilder out = new StringBuilder("file://");
        String root = absolute.getRoot() == null ? "/" : absolute.getRoot().toString().replace('\\', '/');
        if (!root.startsWith("/")) {
            // a Windows drive, C:\ → /C:/
            out.append('/');
        }
        out.append(encodeSegment(root, true).replace("%2F", "/"));
        boolean first = true;
        for (Path segment : absolute) {
            if (!first) {
                out.append('/');
            }
            out.append(encodeSegment(segment.toString(), true));
            first = false;
        }
        return out.toString();
    }

    /** The {@code originalUriBaseIds} value of a base directory: its {@code file:} URI, ending in a slash as SARIF requires. */
    static String baseUri(Path baseDir) {
        String uri = fileUri(baseDir.toAbsolutePath().normalize());
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /**
     * One path segment percent-encoded as RFC 3986 allows it (pchar): unreserved characters and sub-delims stay,
     * {@code @} stays, everything else is its UTF-8 bytes as {@code %XX}; {@code :} stays only when asked.
     */
    static String encodeSegment(String segment, boolean keepColon) {
        StringBuilder out = new StringBuilder(segment.length());
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isUnreserved(c) || "!$&'()*+,;=@".indexOf(c) >= 0 || (keepColon && c == ':')) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
