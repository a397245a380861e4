package dev.recon.model;

import java.util.Locale;

/** Whether aligned claims agree. */
public enum AlignmentStatus {
    /** All aligned claims are compatible. */
    AGREE,
    /** Some aligned claims disagree on a date, figure, name or assertion. */
    CONFLICT,
    /** Nothing in another source aligns with the claim. */
    SINGLE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
