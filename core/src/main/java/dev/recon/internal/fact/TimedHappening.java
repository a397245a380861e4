package dev.recon.internal.fact;

import dev.recon.model.Claim;
import dev.recon.model.Span;
import java.util.Set;

/**
 * A happening placed in time by something other than a date: a day of the week or a clock time.
 * Two timed happenings of one concept, sharing a participant and comparable in kind, disagree when
 * their values differ.
 */
public interface TimedHappening {

    Claim claim();

    /** WordNet concept of the happening's verb. */
    String happening();

    /** The verb as written, for messages. */
    String label();

    /** The time in the original text. */
    Span span();

    /** Lower-cased words of the names in the claim. */
    Set<String> participants();

    /** Which values compare with which: "day", "utc" or "local". */
    String scale();

    /** The value on that scale: a day of the week, or minutes after midnight. */
    int value();

    /** True when two such happenings naming no one may still be one happening. */
    boolean anonymousAlike();

    default String sourceId() {
        return claim().sourceId();
    }
}
