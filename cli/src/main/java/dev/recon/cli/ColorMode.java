package dev.recon.cli;

import java.util.Locale;

/** {@code --color}: whether the text report is coloured, as linters ask it. */
public enum ColorMode {
    /** Colour when the report goes to standard output, that is a terminal, and {@code NO_COLOR} is unset or empty. */
    AUTO,
    ALWAYS,
    NEVER;

    public static ColorMode parse(String s) {
        for (ColorMode m : values()) {
            if (m.name().equalsIgnoreCase(s)) {
                return m;
            }
        }
        throw new IllegalArgumentException("'" + s + "' is not one of auto, always, never");
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether to colour: {@code toTerminal} says the report is written to standard output and that is a
     * terminal; {@code noColor} is the {@code NO_COLOR} variable (https://no-color.org), null when unset.
     */
    public boolean colour(boolean toTerminal, String noColor) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> toTerminal && (noColor == null || noColor.isEmpty());
        };
    }
}
