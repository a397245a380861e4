package dev.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML report in a real headless Chromium (Debian's, which .ci/run installs): findings highlight
 * their evidence when clicked, filters work, hostile source text stays text, and real reports fit a
 * desktop screen and a phone's. Screenshots are kept in cli/target/html-report.png and
 * cli/target/screenshots/. Outside CI the test is skipped when Chromium is missing.
 */
class HtmlReportBrowserTest {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path ROOT = Path.of(System.getProperty("recon.root", "..")).toAbsolutePath().normalize();
    private static final Path SCREENSHOTS = TARGET.resolve("screenshots");
    /** A desktop screen, the size the issue saw the timeline clipped at. */
    private static final int[] DESKTOP = {1400, 900};
    /** A phone held upright (the CSS size of a current iPhone). */
    private static final int[] PHONE = {390, 844};
    /** Below this width a screen is a phone's, whose browser honours the page's viewport meta tag. */
    private static final int MOBILE_BELOW = 800;
    private static DevTools browser;
    /** A browser of its own for the layout tests, which resize the page and open other reports. */
    private static DevTools layoutBrowser;

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
        layoutBrowser = new DevTools(Files.createTempDirectory("recon-chromium"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (layoutBrowser != null) {
            layoutBrowser.close();
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

    /** The seed corpus, the corpus whose duplicate founding date the issue saw, and a dev cluster of four sources. */
    static Stream<Arguments> reportsAndScreens() {
        List<Arguments> out = new ArrayList<>();
        for (Path input : List.of(ROOT.resolve("corpus/north-korea-vietnam"), ROOT.resolve("corpus/nokia-history"),
                ROOT.resolve("../shared/dev-clusters/velvet-revolution-1989").normalize())) {
            for (int[] screen : List.of(DESKTOP, PHONE)) {
                out.add(Arguments.of(input.getFileName().toString(), input, screen[0], screen[1]));
            }
        }
        return out.stream();
    }

    /** Writes the HTML report of {@code input} (once) and opens it at the given screen size. */
    private static void openReport(String name, Path input, int width, int height) throws Exception {
        Path report = TARGET.resolve("html-test").resolve(name + ".html");
        if (!Files.exists(report)) {
            Files.createDirectories(report.getParent());
            StringWriter err = new StringWriter();
            int code = Main.run(new String[] {"compare", "--no-config", "--quiet", "-f", "html", "-o", report.toString(), input.toString()},
                    new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertThat(code).as(err.toString()).isZero();
        }
        layoutBrowser.viewport(width, height, width < MOBILE_BELOW);
        layoutBrowser.open(report);
    }

    @ParameterizedTest(name = "{0} at {2}x{3}")
    @MethodSource("reportsAndScreens")
    void theReportFitsTheScreenAndItsTimelineShowsTheLastEvent(String name, Path input, int width, int height) throws Exception {
        openReport(name, input, width, height);
        String shot = name + "-" + width + "x" + height;
        layoutBrowser.screenshot(SCREENSHOTS.resolve(shot + ".png"));
        assertThat(layoutBrowser.eval("innerWidth").asInt()).isEqualTo(width);
        assertThat(layoutBrowser.eval("document.documentElement.scrollWidth").asInt()).isLessThanOrEqualTo(width);
        // every element inside the screen's width, but for those a pane that scrolls (or clips) holds
        assertThat(layoutBrowser.eval("""
                Array.from(document.body.querySelectorAll('*')).filter(e => {
                  const r = e.getBoundingClientRect();
                  if (r.width === 0 && r.height === 0 || r.left >= -0.5 && r.right <= innerWidth + 0.5) return false;
                  for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                    if (getComputedStyle(p).overflowX !== 'visible') return false;
                  }
                  return true;
                }).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + (typeof e.className === 'string' ? e.className : e.className.baseVal)).join(', ')
                """).asText()).as("elements wider than the screen").isEmpty();
        // nor does a pane hide its content sideways: the old layout squeezed the sources into a 70 px pane
        assertThat(layoutBrowser.eval("""
                Array.from(document.querySelectorAll('*')).filter(e => {
                  const o = getComputedStyle(e).overflowX;
                  return (o === 'auto' || o === 'scroll' || o === 'hidden') && e.scrollWidth > e.clientWidth + 1;
                }).map(e => e.tagName + (e.id ? '#' + e.id : '') + ' ' + e.scrollWidth + '>' + e.clientWidth).join(', ')
                """).asText()).as("panes that scroll sideways").isEmpty();

        // one drawing of the timeline shows, and its latest dot lies inside it and inside every pane around it
        assertThat(layoutBrowser.eval("Array.from(document.querySelectorAll('svg.tl')).filter(s => getComputedStyle(s).display !== 'none').length")
                .asInt()).isEqualTo(1);
        layoutBrowser.eval("document.getElementById('timeline').scrollIntoView(); true");
        layoutBrowser.screenshot(SCREENSHOTS.resolve(shot + "-timeline.png"));
        String visible = "Array.from(document.querySelectorAll('svg.tl')).find(s => getComputedStyle(s).display !== 'none')";
        assertThat(layoutBrowser.eval("""
                (() => {
                  const svg = %s, box = svg.getBoundingClientRect();
                  const dots = Array.from(svg.querySelectorAll('circle.event')).map(c => c.getBoundingClientRect());
                  const last = dots.reduce((a, b) => b.right > a.right ? b : a);
                  const problems = [];
                  if (last.right > box.right + 0.5 || last.left < box.left - 0.5) problems.push('outside the chart');
                  if (last.right > innerWidth + 0.5) problems.push('outside the screen');
                  for (let p = svg.parentElement; p; p = p.parentElement) {
                    const r = p.getBoundingClientRect();
                    if (getComputedStyle(p).overflowX !== 'visible' && (last.right > r.right + 0.5 || last.left < r.left - 0.5)) {
                      problems.push('clipped by ' + p.tagName + '#' + p.id);
                    }
                  }
                  return problems.join('; ');
                })()""".formatted(visible)).asText()).as("the last event of the timeline").isEmpty();
        // the axis labels cover every event and stand apart, inside the chart
        assertThat(layoutBrowser.eval("""
                (() => {
                  const svg = %s, box = svg.getBoundingClientRect();
                  const ticks = Array.from(svg.querySelectorAll('text.tick'));
                  const years = Array.from(svg.querySelectorAll('circle.event')).map(c => Number(c.dataset.year));
                  const first = Number(ticks[0].dataset.year), last = Number(ticks[ticks.length - 1].dataset.year);
                  const problems = [];
                  if (first > Math.min(...years) || last < Math.max(...years)) problems.push('axis ' + first + '..' + last + ' misses events');
                  const boxes = ticks.map(t => t.getBoundingClientRect());
                  boxes.forEach((b, i) => {
                    if (b.left < box.left - 0.5 || b.right > box.right + 0.5) problems.push(ticks[i].textContent + ' outside the chart');
                    if (i > 0 && b.left < boxes[i - 1].right) problems.push(ticks[i].textContent + ' overlaps ' + ticks[i - 1].textContent);
                    if (b.height < 9) problems.push(ticks[i].textContent + ' is ' + b.height + ' px high');
                  });
                  return problems.join('; ');
                })()""".formatted(visible)).asText()).as("the timeline's axis").isEmpty();
    }

    /** nokia-history's quotes span many lines: each location names the line its mark sits on in the source pane. */
    @Test
    void findingLocationsNameTheLinesTheSourcePanesNumber() throws Exception {
        openReport("nokia-history", ROOT.resolve("corpus/nokia-history"), DESKTOP[0], DESKTOP[1]);
        String mismatches = layoutBrowser.eval("""
                Array.from(document.querySelectorAll('li.finding')).flatMap(li => {
                  const id = li.dataset.id;
                  return Array.from(li.querySelectorAll('code.loc')).map(code => {
                    const m = /^(.*):(\\d+):(\\d+)$/.exec(code.textContent);
                    if (!m) return 'no path:line:col in ' + code.textContent;
                    const pane = Array.from(document.querySelectorAll('.source')).find(s => s.dataset.path === m[1]);
                    if (!pane) return 'no pane for ' + m[1];
                    const lines = Array.from(pane.querySelectorAll('.seg.ev')).filter(e => e.dataset.ev.split(' ').includes(id))
                        .map(e => e.closest('.line').dataset.line);
                    return lines.includes(m[2]) ? '' : code.textContent + ' but marked on lines ' + lines.join(',');
                  });
                }).filter(x => x).join('; ')""").asText();
        assertThat(mismatches).isEmpty();
        assertThat(layoutBrowser.eval("document.querySelectorAll('code.loc').length").asInt()).isPositive();
        Path encyclopedia = ROOT.resolve("corpus/nokia-history/encyclopedia.txt");
        String text = Files.readString(encyclopedia);
        assertThat(layoutBrowser.eval("Array.from(document.querySelectorAll('.source')).find(s => s.dataset.path.endsWith('encyclopedia.txt'))"
                + ".querySelectorAll('.line').length").asInt()).isEqualTo((int) text.lines().count());
        // copying a pane copies the source's text, without the line numbers beside it
        String copied = layoutBrowser.eval("""
                (() => {
                  const pane = Array.from(document.querySelectorAll('.source')).find(s => s.dataset.path.endsWith('encyclopedia.txt'))
                      .querySelector('.text');
                  const range = document.createRange();
                  range.selectNodeContents(pane);
                  getSelection().removeAllRanges();
                  getSelection().addRange(range);
                  return getSelection().toString();
                })()""").asText();
        assertThat(copied.strip()).isEqualTo(text.strip());
    }

    @Test
    void onAPhoneClickingAFindingBringsItsEvidenceOnScreen() throws Exception {
        openReport("nokia-history", ROOT.resolve("corpus/nokia-history"), PHONE[0], PHONE[1]);
        // a finding about the last source only, whose pane is two screens down
        String finding = "document.querySelector('li.finding[data-sources=\"overview\"]')";
        assertThat(layoutBrowser.eval("""
                Array.from(document.querySelectorAll('.seg.ev')).find(e => e.dataset.ev.split(' ').includes(%s.dataset.id))
                  .getBoundingClientRect().top >= innerHeight""".formatted(finding)).asBoolean()).as("its quote starts off screen").isTrue();
        layoutBrowser.eval(finding + ".click(); true");
        assertThat(layoutBrowser.eval("""
                (() => {
                  const r = document.querySelector('.seg.ev.active').getBoundingClientRect();
                  return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
                })()""").asBoolean()).as("the first quote of the finding is on screen").isTrue();
        layoutBrowser.screenshot(SCREENSHOTS.resolve("nokia-history-390x844-clicked.png"));
    }

    /** The issue saw the founding date twice: one finding now sets company-history's 1865 against overview's 1871. */
    @Test
    void nokiaHistoryListsItsFoundingDateOnce() throws Exception {
        openReport("nokia-history", ROOT.resolve("corpus/nokia-history"), DESKTOP[0], DESKTOP[1]);
        assertThat(layoutBrowser.eval("""
                Array.from(document.querySelectorAll('li.finding[data-kind="date-mismatch"]'))
                  .filter(li => li.dataset.sources === 'company-history overview' && li.textContent.includes('1865')).length""")
                .asInt()).isEqualTo(1);
    }
}
