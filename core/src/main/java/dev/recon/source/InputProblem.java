package dev.recon.source;

/** Why an input could not be used. Each problem reads as the end of "FILE: ...". */
public enum InputProblem {
    MISSING("no such file or directory"),
    NO_MATCH("no file matches this pattern"),
    UNREADABLE("cannot be read"),
    NO_TEXT_FILES("directory holds no .txt or .md files"),
    EMPTY("file is empty"),
    BINARY("binary file, not text"),
    NOT_UTF8("not valid UTF-8 text"),
    UTF16("UTF-16 text; recon reads UTF-8"),
    NOT_ENGLISH("not English; recon compares English text only"),
    BAD_MANIFEST("invalid manifest"),
    BAD_BASELINE("not a recon JSON report (schemaVersion 1) to use as a baseline"),
    GIVEN_TWICE("the same file is given twice; give each source once"),
    TOO_FEW_SOURCES("at least two sources are needed to reconcile");

    private final String description;

    InputProblem(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
