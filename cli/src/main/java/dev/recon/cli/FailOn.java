package dev.recon.cli;

import dev.recon.finding.Severity;
import java.util.Locale;
import java.util.Optional;

/** The least severity that fails a run (exit code 1), or never. */
public enum FailOn {
    INFO, MINOR, MAJOR, NEVER;

    /** The severity threshold, empty for {@link #NEVER}. */
    public Optional<Severity> severity() {
        return this == NEVER ? Optional.empty() : Optional.of(Severity.valueOf(name()));
    }

    public static FailOn parse(String s) {
        for (FailOn f : values()) {
            if (f.name().equalsIgnoreCase(s)) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + s + "' is not one of info, minor, major, never");
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
