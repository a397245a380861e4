package dev.recon.model;

import dev.recon.kb.EntityMention;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A statement one source makes: a sentence, or a clause of one, with what it says about when, who and
 * how much. Claims without a date are claims too: they still need support.
 *
 * @param id         stable id derived from the source id and the claim's own words, so it survives
 *                   edits elsewhere in the file
 * @param sourceId   the source it comes from
 * @param span       where it is in the original text
 * @param text       the covered text as the analysis reads it: the file's text at {@code span}, except
 *                   that a line break inside the paragraph (hard wrapping), the CR of a CRLF and a
 *                   byte order mark are spaces; as long as the span, so offsets carry over. Reports
 *                   quote the file itself at the span
 * @param section    heading of the section it sits in
 * @param tokens     its tokens
 * @param times      time expressions inside it
 * @param entities   names inside it
 * @param quantities figures inside it
 * @param citations  citation markers attached to it
 * @param frames     happenings it reports
 * @param when       the time it speaks of: its own times, else its sentence's, else the period of an
 *                   event it names; null when it gives none
 * @param hedged     true for speculative wording ("may", "reportedly")
 * @param context    the time the narrative is at: {@code when}, else the time of the last dated claim
 *                   before it in the same paragraph; null when the paragraph has given none yet
 */
public record Claim(String id, String sourceId, Span span, String text, String section, List<Token> tokens,
                    List<TimeMention> times, List<EntityMention> entities, List<Quantity> quantities,
                    List<CitationMarker> citations, List<Frame> frames, TimeInterval when, boolean hedged,
                    TimeInterval context) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(section, "section");
        tokens = List.copyOf(tokens);
        times = List.copyOf(times);
        entities = List.copyOf(entities);
        quantities = List.copyOf(quantities);
        citations = List.copyOf(citations);
        frames = List.copyOf(frames);
    }

    /**
     * The id without its source: {@code HASH} of {@code c-SOURCE-HASH}, from the claim's words (and,
     * for a sentence a source repeats, which repeat it is). It is the same whatever the file is called,
     * so finding ids, which are built from it, survive renaming a file.
     */
    public String wordsId() {
        String prefix = "c-" + sourceId + "-";
        return id.startsWith(prefix) ? id.substring(prefix.length()) : id;
    }

    /**
     * Claims are equal when they are the same claim of the same source: same id, source and span. The
     * record's default would hash every token, time and name of the claim, which made sets and maps of
     * claims the largest cost of a long source.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Claim c && id.equals(c.id) && sourceId.equals(c.sourceId) && span.equals(c.span);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + span.hashCode();
    }

    public Optional<TimeInterval> time() {
        return Optional.ofNullable(when);
    }

    /** Times that place the claim on the time line (not durations or open references). */
    public List<TimeMention> datedTimes() {
        return times.stream().filter(t -> t.interval() != null).toList();
    }
}
