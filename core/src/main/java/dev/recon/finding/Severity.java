package dev.recon.finding;

import java.util.Locale;

/** How much a finding matters to an editor. Ordered: {@code INFO < MINOR < MAJOR}. */
public enum Severity {
    /** Worth knowing, nothing to fix: aliases, omissions, generic unsupported statements. */
    INFO,
    /** A looser or ambiguous name, a checkable statement nobody else makes, a broken citation. */
    MINOR,
    /** A different date, figure or referent; an anachronism; an unsupported date or figure. */
    MAJOR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String s) {
        for (Severity v : values()) {
            if (v.id().equals(s.toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + s + "' (expected info, minor or major)");
    }
}
