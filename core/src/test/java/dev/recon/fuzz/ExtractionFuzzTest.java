package dev.recon.fuzz;

import static dev.recon.fuzz.FuzzSupport.quotes;
import static dev.recon.fuzz.FuzzSupport.withinLimit;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.recon.Fixtures;
import dev.recon.Report;
import dev.recon.internal.claim.AnalyzedSource;
import dev.recon.model.Claim;
import dev.recon.internal.claim.ClaimExtractor;
import dev.recon.model.CitationMarker;
import dev.recon.Thresholds;
import dev.recon.internal.fact.ClockFact;
import dev.recon.internal.fact.DayFact;
import dev.recon.internal.fact.FigureFact;
import dev.recon.internal.fact.FigureFactExtractor;
import dev.recon.internal.fact.IdentityFact;
import dev.recon.internal.fact.IdentityFactExtractor;
import dev.recon.internal.fact.PlaceFact;
import dev.recon.internal.fact.PlaceFactExtractor;
import dev.recon.internal.fact.Reading;
import dev.recon.internal.fact.WhenFactExtractor;
import dev.recon.finding.Evidence;
import dev.recon.finding.Finding;
import dev.recon.internal.kb.EntityLinker;
import dev.recon.kb.EntityMention;
import dev.recon.internal.layout.LayoutAnalyzer;
import dev.recon.internal.lexicon.Genericity;
import dev.recon.internal.lexicon.Lexicon;
import dev.recon.internal.nlp.Annotator;
import dev.recon.model.Token;
import dev.recon.model.Quantity;
import dev.recon.internal.quantity.QuantityExtractor;
import dev.recon.source.Source;
import dev.recon.source.SourceKind;
import dev.recon.model.TimeMention;
import dev.recon.internal.time.TimexTagger;
import java.util.List;

/**
 * Claims, their quantities and the facts read from them, on arbitrary text: nothing throws, every claim
 * quotes the input at its span, and every token, time, name, figure and fact lies within its claim's
 * input and quotes it.
 */
class ExtractionFuzzTest {

    private static final Lexicon LEXICON = Lexicon.english();
    private static final ClaimExtractor CLAIMS = new ClaimExtractor(LayoutAnalyzer.standard(), new TimexTagger(),
            new EntityLinker(Fixtures.KB, Fixtures.STATE_NOUNS), new QuantityExtractor(), LEXICON, Genericity.of(Fixtures.WORDNET, LEXICON));
    private static final FigureFactExtractor FIGURES = new FigureFactExtractor(Fixtures.WORDNET, Fixtures.KB, LEXICON,
            Thresholds.DEFAULT.approximation());
    private static final WhenFactExtractor WHEN = new WhenFactExtractor(Fixtures.WORDNET, LEXICON);
    private static final IdentityFactExtractor IDENTITIES = new IdentityFactExtractor(LEXICON);
    private static final PlaceFactExtractor PLACES = PlaceFactExtractor.english();

    private final Annotator annotator = Annotator.over(Fixtures.MODELS);

    /** Words the rules key on, so that mutations reach them sooner than byte by byte. */
    @DictionaryEntries({"killed", "people", " were ", " said", "according to", " miles ", " km ", "north of", "percent",
        "at least", "million", "$", "Friday", " at 7:14 p.m. EDT", " the lander", " called ", " on ", " in ", "1,200",
        "Paris", "France", ".", ", "})
    @FuzzTest
    void extractFacts(byte[] data) {
        String text = FuzzSupport.text(data);
        if (text.isBlank()) {
            // a Source needs no text, but the loader refuses blank files before anything reads them
            return;
        }
        withinLimit(() -> {
            AnalyzedSource analyzed = CLAIMS.analyze(Source.of("fuzz", SourceKind.OTHER, text), annotator);
            String masked = analyzed.layout().masked();
            SourceLayoutFuzzTest.checkLayout(text, analyzed.layout());
            for (Claim c : analyzed.claims()) {
                check(c, text, masked);
            }
        });
    }

    /**
     * Two sources, the input split at its first NUL (else in the middle), reconciled: every finding's
     * evidence quotes its source at its span, which is what a report shows a reader.
     */
    @FuzzTest
    void reconcileTwoSources(byte[] data) {
        String text = FuzzSupport.text(data);
        int nul = text.indexOf('\0');
        int cut = nul >= 0 ? nul : text.length() / 2;
        if (cut > 0 && Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        String first = text.substring(0, cut);
        String second = text.substring(nul >= 0 ? cut + 1 : cut);
        if (first.isBlank() || second.isBlank()) {
            return;
        }
        withinLimit(() -> {
            Report report = Fixtures.reconciler().reconcile(List.of(Source.of("a", SourceKind.OTHER, first),
                    Source.of("b", SourceKind.OTHER, second)));
            for (Finding f : report.findings()) {
                for (Evidence e : f.evidence()) {
                    String source = report.source(e.source()).text();
                    quotes(e.span(), e.text(), source, source, "evidence of " + f.kind().id());
                }
            }
        });
    }

    private static void check(Claim c, String text, String masked) {
        quotes(c.span(), c.text(), text, text, "claim");
        if (!c.text().equals(c.span().of(text))) {
            throw new AssertionError("claim " + c.span() + " does not quote the original text");
        }
        for (Token t : c.tokens()) {
            quotes(t.span(), t.text(), text, masked, "token");
        }
        for (TimeMention t : c.times()) {
            quotes(t.span(), t.text(), text, masked, "time");
        }
        for (EntityMention e : c.entities()) {
            quotes(e.span(), e.text(), text, masked, "name");
        }
        for (Quantity q : c.quantities()) {
            quotes(q.span(), q.text(), text, masked, "quantity");
        }
        for (CitationMarker m : c.citations()) {
            FuzzSupport.inside(m.span(), text, "citation");
        }
        for (FigureFact f : FIGURES.extract(c)) {
            for (Reading r : f.readings()) {
                quotes(r.span(), r.text(), text, masked, "figure reading");
            }
            FuzzSupport.inside(f.span(), text, "figure");
        }
        for (ClockFact f : WHEN.clocks(c)) {
            quotes(f.span(), f.text(), text, masked, "clock time");
        }
        for (DayFact f : WHEN.days(c)) {
            FuzzSupport.inside(f.span(), text, "day");
        }
        for (IdentityFact f : IDENTITIES.extract(c)) {
            FuzzSupport.inside(f.span(), text, "identity");
        }
        for (PlaceFact f : PLACES.extract(c)) {
            FuzzSupport.inside(f.span(), text, "place");
        }
    }
}
