package dev.recon.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.recon.model.Span;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.function.Executable;

/**
 * What every fuzz target checks: the work on one input ends in bounded time, and whatever a component
 * locates lies inside the input and quotes it exactly.
 */
final class FuzzSupport {

    /**
     * A hang guard per input, not a benchmark: libFuzzer's inputs are at most a few kilobytes, which
     * every stage handles in milliseconds, so an input still running after this long is a hang. The
     * guard runs in both modes: Jazzer's own per-input timeout applies only while fuzzing, and JUnit's
     * {@code @Timeout} would also cap the whole fuzzing run.
     */
    static final Duration PER_INPUT_LIMIT = Duration.ofSeconds(10);

    private FuzzSupport() {
    }

    static void withinLimit(Executable work) {
        assertTimeoutPreemptively(PER_INPUT_LIMIT, work, "one fuzz input took longer than " + PER_INPUT_LIMIT);
    }

    /** The raw bytes as text, malformed UTF-8 replaced, as any component not reading files sees text. */
    static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    /** The span lies within {@code text}. */
    static void inside(Span span, String text, String what) {
        if (span.end() > text.length()) {
            throw new AssertionError(what + " " + span + " ends past the input (length " + text.length() + ")");
        }
    }

    /**
     * The span lies within the input and {@code quoted} is the text at it, in the original or in the
     * masked copy NLP reads (which differs from the original only where markup was blanked).
     */
    static void quotes(Span span, String quoted, String original, String masked, String what) {
        inside(span, original, what);
        String o = span.of(original);
        if (!quoted.equals(o) && !quoted.equals(span.of(masked))) {
            throw new AssertionError(what + " " + span + " quotes '" + quoted + "' but the input there is '" + o + "'");
        }
    }
}
