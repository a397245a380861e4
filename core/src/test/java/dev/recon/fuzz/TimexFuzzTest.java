package dev.recon.fuzz;

import static dev.recon.fuzz.FuzzSupport.quotes;
import static dev.recon.fuzz.FuzzSupport.withinLimit;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.recon.model.TimeMention;
import dev.recon.model.Timex;
import dev.recon.internal.time.TimexTagger;
import java.time.LocalDate;
import java.util.List;

/**
 * The temporal tagger on arbitrary text, with and without a document date: it never throws, and every
 * mention and each of its parts quotes the input at its span.
 */
class TimexFuzzTest {

    private static final TimexTagger TAGGER = new TimexTagger();
    /** A document date, so that relative expressions ("on Sunday", "last year") resolve against it too. */
    private static final LocalDate DOCUMENT_DATE = LocalDate.of(2023, 9, 8);

    /** Words the rules key on, so that mutations reach them sooner than byte by byte. */
    @DictionaryEntries({"January", "Sept.", "Monday", "spring", "the 1990s", "19th century", "years ago", "last year",
        "from", " to ", "between", " and ", "–", "11:11 pm", "GMT", "early", "by 1975", "1950", "2019",
        " BC", " B.C.E.", "AD ", " CE", "c. ", "fifth", "5th", " century", " centuries", " millennium", "the year ",
        "in 476", "10,000"})
    @FuzzTest
    void tag(byte[] data) {
        String text = FuzzSupport.text(data);
        withinLimit(() -> {
            check(text, TAGGER.tag(text));
            check(text, TAGGER.tag(text, DOCUMENT_DATE));
        });
    }

    private static void check(String text, List<TimeMention> mentions) {
        for (TimeMention m : mentions) {
            quotes(m.span(), m.text(), text, text, "time mention");
            for (Timex t : m.parts()) {
                quotes(t.span(), t.text(), text, text, "timex");
                if (!m.span().contains(t.span())) {
                    throw new AssertionError("timex " + t.span() + " lies outside its mention " + m.span());
                }
            }
        }
    }
}
