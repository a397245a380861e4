package dev.recon.cli;

/** An invalid {@code recon.json}; the message names the file and the key. */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
