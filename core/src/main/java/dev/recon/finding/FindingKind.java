package dev.recon.finding;

/**
 * The kinds of discrepancy recon reports. Each has a stable id, used in reports, SARIF rules and
 * baselines; ids never change meaning once released.
 */
public enum FindingKind {
    DATE_MISMATCH("date-mismatch", "Aligned claims give different dates"),
    NUMBER_MISMATCH("number-mismatch", "Aligned claims give different figures"),
    ENTITY_MISMATCH("entity-mismatch", "Aligned claims name different or looser entities"),
    ANACHRONISM("anachronism", "An entity is named where it did not exist at the claim's time"),
    UNSUPPORTED_CLAIM("unsupported-claim", "A claim no other source supports"),
    INTERNAL_INCONSISTENCY("internal-inconsistency", "One source disagrees with itself"),
    CONTRADICTION("contradiction", "Aligned claims assert opposite things"),
    CITATION_PROBLEM("citation-problem", "A citation marker points at a missing or empty reference"),
    NAMING_VARIANT("naming-variant", "Sources use different names for one entity"),
    OMISSION("omission", "A fact most sources give and one leaves out"),
    NAME_SPELLING("name-spelling", "Sources spell one name two ways");

    private final String id;
    private final String title;

    FindingKind(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The stable id, such as {@code date-mismatch}. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static FindingKind byId(String id) {
        for (FindingKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown finding kind '" + id + "'");
    }
}
