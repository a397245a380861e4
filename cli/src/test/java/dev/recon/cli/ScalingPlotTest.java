package dev.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScalingPlotTest {

    @Test
    void theFittedExponentIsTheSlopeOnLogLogAxes() {
        List<ScalingPlot.Point> cubic = List.of(new ScalingPlot.Point(2, 10, 1), new ScalingPlot.Point(4, 20, 8),
                new ScalingPlot.Point(8, 40, 64));
        assertThat(ScalingPlot.exponent(cubic)).isCloseTo(3.0, within(1e-9));
        List<ScalingPlot.Point> linear = List.of(new ScalingPlot.Point(2, 1_000, 0.5), new ScalingPlot.Point(4, 2_000, 1.0),
                new ScalingPlot.Point(8, 4_000, 2.0), new ScalingPlot.Point(16, 8_000, 4.0));
        assertThat(ScalingPlot.exponent(linear)).isCloseTo(1.0, within(1e-9));
        assertThat(ScalingPlot.exponent(List.of(new ScalingPlot.Point(2, 10, 1)))).isNaN();
    }

    @Test
    void thePlotIsWellFormedSvgWithAPointPerSize() throws Exception {
        String svg = ScalingPlot.svg(List.of(new ScalingPlot.Point(8, 57_000, 1.2), new ScalingPlot.Point(16, 115_000, 2.6)),
                "time <against> characters");
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(2);
        assertThat(svg).contains("time &lt;against&gt; characters").contains("16 sources, 2.6 s");
    }

    @Test
    void benchScalingPrintsEachSizeAndTheExponent(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "The bridge over the river was opened to traffic in 1932 after four years of work. "
                + "The town council voted to widen the road to the bridge in 1950 after years of debate.\n");
        Files.writeString(dir.resolve("b.txt"), "The bridge over the river opened to traffic in 1933 after four years of work. "
                + "In 1951 the council voted to widen the road leading to the bridge.\n");
        Path svg = dir.resolve("plot.svg");
        CliRun cli = new CliRun(dir);
        assertThat(cli.run("bench", "--scaling", "--warmup", "1", "--sizes", "2,4", "--source-chars", "400", "--plot",
                svg.toString(), dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString())).isEqualTo(ExitCode.OK);
        assertThat(cli.out.toString()).containsPattern("(?m)^\\s+2\\s+\\d+\\s+[\\d.]+\\s+\\d+$")
                .containsPattern("(?m)^\\s+4\\s+\\d+\\s+[\\d.]+\\s+\\d+$")
                .containsPattern("time grows as characters\\^-?[\\d.]+");
        assertThat(svg).content().startsWith("<svg");
        assertThat(cli.run("bench", "--scaling", "--sizes", "2", dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString()))
                .isEqualTo(ExitCode.USAGE);
    }
}
