package dev.recon.internal.fact;

import dev.recon.model.Claim;
import dev.recon.model.Span;
import java.util.Objects;
import java.util.Set;

/**
 * A happening placed at a clock time: "struck at 11:11 pm local time", "took off at 10:33 am",
 * "impact at 7:14 p.m. EDT". A time with a stated zone is kept in UTC, so "23:14 GMT" and "7:14 p.m.
 * EDT" are one time; a time without a zone is local and compares only with other local times.
 *
 * @param claim        the claim stating it
 * @param happening    WordNet concept of the happening's verb
 * @param label        the verb as written
 * @param minutes      minutes after midnight, UTC when {@code zoned}, else local
 * @param zoned        true when the text states the zone
 * @param span         the time (and its zone) in the original text
 * @param text         the covered text
 * @param participants lower-cased words of the names in the claim
 */
public record ClockFact(Claim claim, String happening, String label, int minutes, boolean zoned, Span span, String text,
                        Set<String> participants) implements TimedHappening {

    public ClockFact {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(happening, "happening");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        participants = Set.copyOf(participants);
        if (minutes < 0 || minutes >= 24 * 60) {
            throw new IllegalArgumentException("minutes out of a day: " + minutes);
        }
    }

    /** Times in UTC compare with times in UTC, local times with local times. */
    @Override
    public String scale() {
        return zoned ? "utc" : "local";
    }

    @Override
    public int value() {
        return minutes;
    }

    @Override
    public boolean anonymousAlike() {
        return true;
    }
}
