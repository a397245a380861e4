package dev.recon.fuzz;

import static dev.recon.fuzz.FuzzSupport.inside;
import static dev.recon.fuzz.FuzzSupport.withinLimit;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.recon.model.CitationMarker;
import dev.recon.model.Reference;
import dev.recon.internal.layout.Block;
import dev.recon.internal.layout.Layout;
import dev.recon.internal.layout.LayoutAnalyzer;
import dev.recon.source.InputException;
import dev.recon.source.SourceLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The source reader and the layout analysis on arbitrary bytes. The reader either refuses a file with an
 * {@link InputException} or returns its text; the layout's masked copy has the input's length and
 * differs from it only by blanks, and every block, marker and reference lies within the input.
 */
class SourceLayoutFuzzTest {

    private static final LayoutAnalyzer LAYOUT = LayoutAnalyzer.standard();
    private static final Path FILE = tempFile();

    private static Path tempFile() {
        try {
            Path f = Files.createTempFile("recon-fuzz-", ".txt");
            f.toFile().deleteOnExit();
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest
    void readSourceFile(byte[] data) throws IOException {
        Files.write(FILE, data);
        withinLimit(() -> {
            String text;
            try {
                text = SourceLoader.readText("fuzz.txt", FILE);
            } catch (InputException refused) {
                return;
            }
            checkLayout(text, LAYOUT.analyze(text));
        });
    }

    @FuzzTest
    void analyzeLayout(byte[] data) {
        String text = FuzzSupport.text(data);
        withinLimit(() -> checkLayout(text, LAYOUT.analyze(text)));
    }

    static void checkLayout(String text, Layout layout) {
        String masked = layout.masked();
        if (masked.length() != text.length()) {
            throw new AssertionError("masked text has length " + masked.length() + ", input " + text.length());
        }
        for (int k = 0; k < text.length(); k++) {
            char o = text.charAt(k);
            char m = masked.charAt(k);
            // a CR (of a CRLF) is whitespace the masked copy may blank; a line feed keeps the lines apart
            boolean lineBreak = o == '\n';
            if (m != o && (m != ' ' || lineBreak)) {
                throw new AssertionError("masking changed U+" + Integer.toHexString(o) + " to U+" + Integer.toHexString(m) + " at " + k);
            }
        }
        for (Block b : layout.blocks()) {
            inside(b.span(), text, "block " + b.kind());
        }
        for (CitationMarker m : layout.markers()) {
            inside(m.span(), text, "citation marker");
        }
        for (Reference r : layout.references()) {
            inside(r.line(), text, "reference line");
            inside(r.content(), text, "reference content");
        }
    }
}
