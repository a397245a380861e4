package dev.recon.kb;

/** A knowledge-base file whose content breaks the format; the message names the entry and the key. */
public final class KnowledgeBaseException extends Exception {

    private static final long serialVersionUID = 1L;

    public KnowledgeBaseException(String message) {
        super(message);
    }
}
