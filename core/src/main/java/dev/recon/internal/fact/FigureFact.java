package dev.recon.internal.fact;

import dev.recon.model.Claim;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A figure a claim states, with what it measures.
 *
 * @param claim     the claim stating it
 * @param thing     normalised key of what is measured: a dimension and role ("length:size"), or a
 *                  concept of what is counted ("count:v359085" for deaths, "nationals:nepal")
 * @param label     a few words saying what is measured, for messages ("killed", "Nepali citizens")
 * @param subject   lower-cased words of the name the figure belongs to ("lula"), empty when none
 * @param occasion  the occasion it belongs to ("1:round" for "in the first round"), "" when none
 * @param readings  the figure and its conversions, first the one the text leads with
 * @param attribution who the claim gives the figure to ("the coast guard", "state media"), "" when none
 * @param happening what the text says happened to what it counts, when the count names its own thing
 *                  ("1,200 students were arrested": the concept of arrest), else ""
 * @param derived   true when recon computed the figure rather than the text stating it: the length of a
 *                  period ("from 3 to 14 May"), checked against stated figures only
 */
public record FigureFact(Claim claim, String thing, String label, Set<String> subject, String occasion,
                         List<Reading> readings, String attribution, String happening, boolean derived) {

    public FigureFact {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(thing, "thing");
        Objects.requireNonNull(label, "label");
        subject = Set.copyOf(subject);
        Objects.requireNonNull(occasion, "occasion");
        readings = List.copyOf(readings);
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(happening, "happening");
        if (readings.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one reading");
        }
    }

    /** Each fact under every place one of its readings occupies, for {@link #place} look-ups. */
    public static java.util.Map<String, FigureFact> byReading(List<FigureFact> facts) {
        java.util.Map<String, FigureFact> out = new java.util.HashMap<>();
        for (FigureFact f : facts) {
            for (Reading r : f.readings()) {
                out.putIfAbsent(place(f.claim(), r.span()), f);
            }
        }
        return out;
    }

    /** The key of a figure's place: its claim and its span. */
    public static String place(Claim claim, dev.recon.model.Span span) {
        return claim.id() + "@" + span;
    }

    public String sourceId() {
        return claim.sourceId();
    }

    /** The figure with its conversions: "65 miles (104 km)". */
    public dev.recon.model.Span span() {
        dev.recon.model.Span first = readings.get(0).span();
        dev.recon.model.Span last = readings.get(readings.size() - 1).span();
        int end = Math.max(first.end(), last.end());
        // close the parenthesis of a conversion when the claim has it
        String rest = claim.text().substring(end - claim.span().start());
        if (readings.size() > 1 && rest.startsWith(")")) {
            end++;
        }
        return new dev.recon.model.Span(first.start(), end);
    }

    public Reading primary() {
        return readings.get(0);
    }

    /** Index key: facts with different keys never state the same thing. */
    public String key() {
        return thing + "|" + occasion;
    }

    /**
     * True when the claims' times allow one occasion: unknown, overlapping, or within {@code days} of
     * each other, since a running count is reported over days ("1,200 students" in 1939 is not "one
     * student" in 1989).
     */
    public boolean sameTimes(FigureFact o, long days) {
        dev.recon.model.TimeInterval a = claim.when();
        dev.recon.model.TimeInterval b = o.claim.when();
        if (a == null || b == null || a.overlaps(b) || a.from() == null || b.from() == null
                || a.to() == null || b.to() == null) {
            return true;
        }
        long gap = Math.max(java.time.temporal.ChronoUnit.DAYS.between(a.to(), b.from()),
                java.time.temporal.ChronoUnit.DAYS.between(b.to(), a.from()));
        return gap <= days;
    }

    /** True when both say the same happened to what they count, or one says nothing of it. */
    public boolean sameHappening(FigureFact o) {
        return happening.isEmpty() || o.happening.isEmpty() || happening.equals(o.happening);
    }

    /** True when the two belong to the same name, or one names none. */
    public boolean sameSubject(FigureFact o) {
        return subject.isEmpty() || o.subject.isEmpty() || subject.stream().anyMatch(o.subject::contains);
    }

    /**
     * True when both can be right. Readings in a unit both give are compared in that unit, since a
     * conversion may be the text's own mistake ("9.6 million km (7 million miles)"); otherwise the
     * leading readings are compared in base units.
     */
    public boolean agreesWith(FigureFact o, double runningRatio) {
        boolean shared = false;
        for (Reading a : readings) {
            for (Reading b : o.readings) {
                if (!a.unit().isEmpty() && a.unit().equals(b.unit())) {
                    shared = true;
                    if (!agree(a, b, runningRatio)) {
                        return false;
                    }
                }
            }
        }
        return shared || agree(primary(), o.primary(), runningRatio);
    }

    /**
     * Two lower bounds ("at least 296", "more than 1,300") never contradict in logic, but a running
     * count that grew this much between reports is still a difference an editor must see.
     */
    private static boolean agree(Reading a, Reading b, double runningRatio) {
        boolean sameDirection = a.bound() == b.bound()
                && (a.bound() == Reading.Bound.AT_LEAST || a.bound() == Reading.Bound.AT_MOST);
        if (sameDirection) {
            double lo = Math.min(a.value(), b.value());
            double hi = Math.max(a.value(), b.value());
            return lo > 0 && hi / lo <= runningRatio;
        }
        return a.overlaps(b);
    }
}
