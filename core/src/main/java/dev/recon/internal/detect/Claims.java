package dev.recon.internal.detect;

/** Helpers for quoting claims in messages. */
final class Claims {

    private Claims() {
    }

    static String abbreviate(String text, int max) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max - 1).replaceAll("\\s+\\S*$", "") + "…";
    }
}
