package dev.recon.internal.detect;

import dev.recon.model.Claim;
import dev.recon.model.Frame;
import dev.recon.finding.FindingKind;
import dev.recon.internal.finding.Findings;
import dev.recon.finding.Severity;
import dev.recon.kb.Entity;
import dev.recon.kb.EntityMention;
import dev.recon.kb.EntityRelation;
import dev.recon.kb.EntityType;
import dev.recon.model.EventClass;
import dev.recon.model.Token;
import dev.recon.model.Span;
import dev.recon.model.TimeInterval;
import dev.recon.model.TimeMention;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks arithmetic between a stated date and an offset: "On March 1st 2019 ... 60 years after his
 * grandfather's first visit to the country" against the visit the sources date 1958. The anchor is the
 * happening of the same class that the offset phrase names, to the same place, the first or last one when
 * the phrase says so; the count is the difference of calendar years, and the message also gives the
 * elapsed time, which can differ by one.
 */
public final class ElapsedTimeDetector implements Check {

    @Override
    public java.util.Set<FindingKind> produces() {
        return java.util.Set.of(FindingKind.NUMBER_MISMATCH);
    }

    private static final Pattern YEARS = Pattern.compile("P(\\d{1,4})Y");
    private static final Pattern AFTER = Pattern.compile("^\\s+(after|before|since)\\b");

    @Override
    public void detect(CheckContext ctx) {
        // the dated happenings of every class, so that each offset looks only at its own class
        Map<String, List<Anchor>> byClass = new HashMap<>();
        // a claim a source repeats word for word is one anchor and one offset, not one per copy
        java.util.Set<String> stated = new java.util.HashSet<>();
        List<Claim> distinct = ctx.allClaims().stream().filter(c -> stated.add(c.sourceId() + "|" + c.text())).toList();
        for (Claim o : distinct) {
            for (Frame f : o.frames()) {
                f.times().stream().filter(t -> t.interval() != null && t.interval().from() != null)
                        .forEach(t -> byClass.computeIfAbsent(f.eventClass().id(), k -> new ArrayList<>()).add(new Anchor(o, t, f)));
            }
        }
        for (Claim c : distinct) {
            for (TimeMention d : c.times()) {
                Matcher years = YEARS.matcher(d.value());
                if (!d.isDuration() || !years.matches()) {
                    continue;
                }
                String rest = c.text().substring(d.span().end() - c.span().start());
                Matcher after = AFTER.matcher(rest);
                if (after.find()) {
                    check(ctx, byClass, c, d, Integer.parseInt(years.group(1)), after.group(1).equals("before"),
                            d.span().end() + after.end());
                }
            }
        }
    }

    private void check(CheckContext ctx, Map<String, List<Anchor>> byClass, Claim c, TimeMention offset, int stated,
                       boolean before, int anchorStart) {
        // the anchor phrase runs to the end of its clause
        List<Token> phrase = c.tokens().stream()
                .filter(t -> t.span().start() >= anchorStart)
                .takeWhile(t -> !t.text().matches("[,;.:]"))
                .toList();
        Optional<EventClass> cls = phrase.stream().map(t -> ctx.lexicon().eventClass(t.lemma())).flatMap(Optional::stream).findFirst();
        Optional<TimeInterval> own = c.datedTimes().stream().map(TimeMention::interval)
                .filter(t -> t.from() != null).findFirst();
        if (cls.isEmpty() || own.isEmpty() || phrase.isEmpty()) {
            return;
        }
        boolean first = phrase.stream().anyMatch(t -> t.lower().matches("first|earliest|initial"));
        boolean last = phrase.stream().anyMatch(t -> t.lower().matches("last|latest|previous|recent"));
        List<Entity> places = places(c, phrase);
        List<Anchor> anchors = new ArrayList<>();
        Map<Frame, Boolean> destination = new HashMap<>();
        for (Anchor a : byClass.getOrDefault(cls.get().id(), List.of())) {
            Claim o = a.claim();
            // an anchor comes from the claim's own source or one it is compared with
            if (o == c || !o.sourceId().equals(c.sourceId()) && !ctx.comparison().compares(c.sourceId(), o.sourceId())) {
                continue;
            }
            if (destination.computeIfAbsent(a.frame(), f -> sameDestination(ctx, o, f, places))) {
                anchors.add(a);
            }
        }
        if (anchors.isEmpty()) {
            return;
        }
        // by date; among equal dates, the claim's own source first
        Comparator<Anchor> byDate = Comparator.comparing((Anchor a) -> a.time().interval().from())
                .thenComparing(a -> !a.claim().sourceId().equals(c.sourceId()));
        Comparator<Anchor> latest = Comparator.comparing((Anchor a) -> a.time().interval().from()).reversed()
                .thenComparing(a -> !a.claim().sourceId().equals(c.sourceId()));
        Anchor anchor = last ? anchors.stream().min(latest).orElseThrow()
                : first ? anchors.stream().min(byDate).orElseThrow()
                : anchors.stream().filter(a -> a.claim().sourceId().equals(c.sourceId())).min(byDate)
                .orElse(anchors.stream().min(byDate).orElseThrow());
        TimeInterval then = anchor.time().interval();
        int calendar = before ? then.from().getYear() - own.get().from().getYear()
                : own.get().from().getYear() - then.from().getYear();
        if (calendar == stated) {
            return;
        }
        Period elapsed = before ? Period.between(own.get().to() == null ? own.get().from() : own.get().to(), then.from())
                : Period.between(then.to() == null ? then.from() : then.to(), own.get().from());
        Findings out = ctx.findings();
        Span phraseSpan = offset.span().union(phrase.get(phrase.size() - 1).span());
        String message = String.format(Locale.ROOT,
                "%s says \"%s\", but %s dates that \"%s\": %d calendar years apart, not %d (elapsed: %d years %d months).",
                c.sourceId(), out.quote(c, phraseSpan).text(), anchor.claim().sourceId(), anchor.time().text(),
                calendar, stated, elapsed.getYears(), elapsed.getMonths());
        out.add(FindingKind.NUMBER_MISMATCH, Severity.MINOR, message,
                List.of(out.quote(c, phraseSpan), out.quote(anchor.claim(), anchor.time().span())), List.of(c, anchor.claim()));
    }

    private record Anchor(Claim claim, TimeMention time, Frame frame) {
    }

    /** Where the anchor happened: places named in the phrase, else the places the claim itself names. */
    private static List<Entity> places(Claim c, List<Token> phrase) {
        Span ps = phrase.get(0).span().union(phrase.get(phrase.size() - 1).span());
        List<Entity> inPhrase = placesIn(c, m -> ps.contains(m.span()));
        return inPhrase.isEmpty() ? placesIn(c, m -> !ps.contains(m.span())) : inPhrase;
    }

    private static List<Entity> placesIn(Claim c, java.util.function.Predicate<EntityMention> where) {
        return c.entities().stream().filter(where).filter(m -> !m.demonym()).map(m -> m.resolve(c.context()))
                .flatMap(Optional::stream)
                .filter(e -> e.type() == EntityType.STATE || e.type() == EntityType.CITY || e.type() == EntityType.REGION)
                .toList();
    }

    /** The frame's destination: the first place named within a few words after its trigger. */
    private static boolean sameDestination(CheckContext ctx, Claim o, Frame f, List<Entity> places) {
        if (places.isEmpty()) {
            return true;
        }
        int from = f.trigger().span().end();
        Optional<Entity> dest = o.entities().stream()
                .filter(m -> m.span().start() >= from && m.span().start() - from < 40 && !m.demonym())
                .map(m -> m.resolve(o.context())).flatMap(Optional::stream)
                .filter(e -> e.type() == EntityType.STATE || e.type() == EntityType.CITY || e.type() == EntityType.REGION)
                .findFirst();
        return dest.isPresent() && places.stream().anyMatch(p -> ctx.kb().relate(p, dest.get()) != EntityRelation.DIFFERENT);
    }
}
