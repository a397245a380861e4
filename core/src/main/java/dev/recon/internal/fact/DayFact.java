package dev.recon.internal.fact;

import dev.recon.model.Claim;
import dev.recon.model.Span;
import java.time.DayOfWeek;
import java.util.Objects;
import java.util.Set;

/**
 * A happening placed on a day of the week that the text does not date: "was defeated in the runoff on
 * Monday". News reports name days this way; two reports that name different days for one happening
 * disagree even when neither gives a date.
 *
 * @param claim        the claim stating it
 * @param happening    WordNet concept of the happening's verb
 * @param label        the verb as written
 * @param day          the day named
 * @param span         the day's name in the original text
 * @param participants lower-cased words of the names in the claim
 */
public record DayFact(Claim claim, String happening, String label, DayOfWeek day, Span span, Set<String> participants)
        implements TimedHappening {

    public DayFact {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(happening, "happening");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(span, "span");
        participants = Set.copyOf(participants);
    }

    @Override
    public String scale() {
        return "day";
    }

    @Override
    public int value() {
        return day.getValue();
    }

    /** Days name no hour, so claims that name no one are too loosely tied to be one happening. */
    @Override
    public boolean anonymousAlike() {
        return false;
    }
}
