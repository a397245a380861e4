package dev.recon.internal.fact;

import dev.recon.model.Claim;
import dev.recon.model.Span;
import java.util.Objects;

/**
 * Where a claim places one thing relative to another: "Pryp'yat, 10 miles northwest of the city of
 * Chernobyl", "Pripyat in the north of Ukraine", "fighting in the capital's northern suburbs".
 *
 * @param claim       the claim stating it
 * @param located     what is placed, folded for matching ("pripyat", "al haouz region")
 * @param anchor      what it is placed against, as written ("Kiev", "the Ukrainian SSR", "capital")
 * @param anchorKey   the anchor folded for matching
 * @param bearing     compass bearing in degrees clockwise from north
 * @param inside      true when the thing lies within the anchor ("in the north of Ukraine", "northern
 *                    Ukraine"), false when beside it ("north of Kiev")
 * @param span        the relative place in the original text, from its distance (if any) to its anchor
 */
public record PlaceFact(Claim claim, String located, String anchor, String anchorKey, double bearing, boolean inside,
                        Span span) {

    public PlaceFact {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(located, "located");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(anchorKey, "anchorKey");
        Objects.requireNonNull(span, "span");
        if (bearing < 0 || bearing >= 360 || Double.isNaN(bearing)) {
            throw new IllegalArgumentException("bearing out of [0, 360): " + bearing);
        }
    }

    public String sourceId() {
        return claim.sourceId();
    }

    /** The smaller angle between two bearings, 0 to 180 degrees. */
    public double angleTo(PlaceFact other) {
        double d = Math.abs(bearing - other.bearing) % 360;
        return d > 180 ? 360 - d : d;
    }
}
