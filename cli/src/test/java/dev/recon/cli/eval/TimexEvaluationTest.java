package dev.recon.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recon.model.Timex;
import dev.recon.internal.time.TimexTagger;
import dev.recon.model.TimexType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TimexEvaluationTest {

    private static final String DOC = """
            <?xml version="1.0" ?><TimeML><DOCID>sample_1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2020-06-10" functionInDocument="CREATION_TIME">June 10, 2020</TIMEX3></DCT>
            <TEXT>
            The mill <EVENT eid="e1" class="OCCURRENCE">closed</EVENT> <TIMEX3 tid="t1" type="DATE" value="2017">three years ago</TIMEX3> &amp; workers <EVENT eid="e2" class="OCCURRENCE">left</EVENT> <TIMEX3 tid="t2" type="DATE" value="2020-06-08">Monday</TIMEX3>.
            It ran for <TIMEX3 tid="t3" type="DURATION" value="P40Y">40 years</TIMEX3> in the town.
            </TEXT></TimeML>
            """;

    @Test
    void parsesTextGoldAndCreationTime() {
        TimeMlDocument d = TimeMlDocument.parse(DOC, "sample.tml");
        assertThat(d.id()).isEqualTo("sample_1");
        assertThat(d.dct()).isEqualTo(LocalDate.of(2020, 6, 10));
        assertThat(d.text()).contains("closed three years ago & workers left Monday.").doesNotContain("<");
        assertThat(d.gold()).extracting(Timex::value).containsExactly("2017", "2020-06-08", "P40Y");
        assertThat(d.gold()).allSatisfy(t -> assertThat(t.span().of(d.text())).isEqualTo(t.text()));
        assertThat(d.gold().get(2).type()).isEqualTo(TimexType.DURATION);
    }

    @Test
    void scoresStrictRelaxedAndValueAsTempEvalDoes() {
        TimexScores s = new TimexEvaluation(new TimexTagger()).evaluate(TimeMlDocument.parse(DOC, "sample.tml")).scores();
        assertThat(s.gold()).isEqualTo(3);
        assertThat(s.relaxed()).isEqualTo(3);
        assertThat(s.strict()).isEqualTo(3);
        assertThat(s.valueCorrect()).isEqualTo(3);
        assertThat(s.valueF1()).isEqualTo(1.0);
        TimexScores half = new TimexScores(4, 2, 2, 1, 1, 2);
        assertThat(half.relaxedF1()).isCloseTo(2 * 1.0 * 0.5 / 1.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(half.valueF1()).isCloseTo(0.5 * half.relaxedF1(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void refusesWhatIsNotTimeMl() {
        assertThatThrownBy(() -> TimeMlDocument.parse("<html></html>", "page.html"))
                .hasMessageContaining("page.html");
    }

    /**
     * The TempEval-3 platinum set, beside the repository in ../shared. The floors are the issue's
     * targets; the figures themselves are in README.md under Benchmarks.
     */
    @Test
    void tempEval3PlatinumStaysAboveItsTargets() throws Exception {
        Path dir = Path.of(System.getProperty("recon.root", ".."), "..", "shared", "benchmarks", "tempeval3-platinum")
                .toAbsolutePath().normalize();
        assertThat(dir).as("TE3 platinum set beside the repository").isDirectory();
        TimexEvaluation eval = new TimexEvaluation(new TimexTagger());
        TimexScores total = new TimexScores(0, 0, 0, 0, 0, 0);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".tml")).sorted().toList()) {
                total = total.plus(eval.evaluate(TimeMlDocument.parse(Files.readString(p), p.toString())).scores());
            }
        }
        assertThat(total.gold()).isEqualTo(138);
        assertThat(total.relaxedF1()).as(total.summary()).isGreaterThanOrEqualTo(0.90);
        assertThat(total.valueF1()).as(total.summary()).isGreaterThanOrEqualTo(0.80);
        assertThat(total.strictF1()).as(total.summary()).isGreaterThanOrEqualTo(0.85);
    }
}
