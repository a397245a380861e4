package dev.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report in a real headless Chromium (Debian's, which .ci/run installs): findings highlight
 * their evidence when clicked, filters work, hostile source text stays text. A screenshot is kept in
 * cli/target/html-report.png. Outside CI the test is skipped when Chromium is missing.
 */
class HtmlReportBrowserTest {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static DevTools browser;

    @BeforeAll
    static void start() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!Files.isExecutable(DevTools.CHROMIUM)) {
            Assumptions.assumeTrue(ci, "Chromium is not installed (.ci/run installs it)");
            throw new IllegalStateException("CI must have Chromium at " + DevTools.CHROMIUM);
        }
        Path dir = Files.createDirectories(TARGET.resolve("html-test"));
        Path a = dir.resolve("encyclopedia.txt");
        Path b = dir.resolve("copy.txt");
        Path c = dir.resolve("hostile.md");
        Files.writeString(a, "In 1972, the government signed a trade agreement with the Soviet Union in Moscow. "
                + "The expedition had 200 members when it left the port in 1911.\n");
        Files.writeString(b, "In 1972, the government signed a trade agreement with Russia in Moscow. "
                + "The expedition had 300 members when it left the port in 1911.\n");
        Files.writeString(c, "A page once said <script>document.title='pwned'</script> and <img src=x onerror=\"document.title='pwned'\"> "
                + "in 1972, when the government signed a trade agreement.\n");
        Path report = dir.resolve("report.html");
        int code = Main.run(new String[] {"compare", "--no-config", "-f", "html", "-o", report.toString(),
                a.toString(), b.toString(), c.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        browser = new DevTools(Files.createTempDirectory("recon-chromium"));
        browser.open(report);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void clickingAFindingHighlightsItsEvidenceInEverySource() throws Exception {
        String id = browser.eval("document.querySelector('li.finding[data-kind=\"anachronism\"]').dataset.id").asText();
        assertThat(browser.eval("document.querySelectorAll('.seg.ev.active').length").asInt()).isZero();
        browser.eval("document.querySelector('li.finding[data-id=\"" + id + "\"]').click(); true");
        assertThat(browser.eval("document.querySelectorAll('.seg.ev.active').length").asInt()).isEqualTo(2);
        assertThat(browser.eval("Array.from(document.querySelectorAll('.seg.ev.active')).map(e => e.textContent).sort().join('|')").asText())
                .isEqualTo("Russia|Soviet Union");
        assertThat(browser.eval("Array.from(document.querySelectorAll('.seg.ev.active')).every(e => e.dataset.ev.split(' ').includes('" + id + "'))").asBoolean())
                .isTrue();
        assertThat(browser.eval("document.querySelector('li.finding.selected').dataset.id").asText()).isEqualTo(id);
        browser.screenshot(TARGET.resolve("html-report.png"));
        assertThat(TARGET.resolve("html-report.png")).isNotEmptyFile();
    }

    @Test
    void filtersHideWhatDoesNotMatch() throws Exception {
        int all = browser.eval("document.querySelectorAll('li.finding').length").asInt();
        browser.eval("var s = document.getElementById('f-kind'); s.value = 'number-mismatch'; s.dispatchEvent(new Event('change')); true");
        assertThat(browser.eval("document.querySelectorAll('li.finding:not([hidden])').length").asInt()).isEqualTo(1);
        browser.eval("var s = document.getElementById('f-kind'); s.value = ''; s.dispatchEvent(new Event('change')); true");
        browser.eval("var s = document.getElementById('f-severity'); s.value = 'major'; s.dispatchEvent(new Event('change')); true");
        int major = browser.eval("document.querySelectorAll('li.finding:not([hidden])').length").asInt();
        assertThat(major).isPositive().isLessThanOrEqualTo(all);
        assertThat(browser.eval("Array.from(document.querySelectorAll('li.finding:not([hidden])')).every(l => l.dataset.severity === 'major')").asBoolean()).isTrue();
        browser.eval("var s = document.getElementById('f-severity'); s.value = ''; s.dispatchEvent(new Event('change')); true");
    }

    @Test
    void sourceTextIsShownAsTextNeverRun() throws Exception {
        assertThat(browser.eval("document.title").asText()).isEqualTo("recon report");
        assertThat(browser.eval("document.querySelectorAll('#sources script, #sources img').length").asInt()).isZero();
        assertThat(browser.eval("document.getElementById('sources').textContent.includes(\"<script>document.title='pwned'</script>\")").asBoolean())
                .isTrue();
    }

    @Test
    void theTimelineIsAnInlineSvgAndNothingIsFetched() throws Exception {
        assertThat(browser.eval("document.querySelectorAll('svg circle').length").asInt()).isPositive();
        assertThat(browser.eval("performance.getEntriesByType('resource').length").asInt()).isZero();
        assertThat(browser.eval("document.querySelectorAll('link[href], script[src], img[src]').length").asInt()).isZero();
    }
}
