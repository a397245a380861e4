package dev.recon.triage;

import java.util.Objects;

/**
 * Why a finding does not count toward a failing run: it was in the baseline, or a configured
 * suppression covers it (with the reason the configuration gives).
 *
 * @param baselined  true when the baseline report holds the finding's id
 * @param suppressed the suppression's reason, or null when none applies
 */
public record Disposition(boolean baselined, String suppressed) {

    public static final Disposition NONE = new Disposition(false, null);

    public Disposition {
        if (suppressed != null && suppressed.isBlank()) {
            throw new IllegalArgumentException("a suppression needs a reason");
        }
    }

    /** True when the finding counts toward {@code --fail-on}. */
    public boolean counts() {
        return !baselined && suppressed == null;
    }

    public Disposition withBaselined() {
        return new Disposition(true, suppressed);
    }

    public Disposition withSuppressed(String reason) {
        return new Disposition(baselined, Objects.requireNonNull(reason, "reason"));
    }
}
