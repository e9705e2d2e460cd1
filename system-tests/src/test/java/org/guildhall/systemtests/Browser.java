package org.guildhall.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Real Chromium (Debian's {@code /usr/bin/chromium}, system property {@code guildhall.chromium}) driven by Playwright
 * for Java, never a downloaded browser. {@link #look} checks the page with axe-core (WCAG 2.2 A and AA rules; a
 * serious or critical violation fails the test) and saves screenshots at 1280 and 390 px wide under
 * {@code target/screenshots/<test>/}.
 */
final class Browser implements AutoCloseable {

    /** As root Chromium needs these, and without the network ones it tries to reach Google and stalls (docs/testing.md). */
    private static final List<String> CHROMIUM_FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    static final int WIDE = 1280;
    static final int NARROW = 390;

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final BrowserContext context;
    private final Page page;
    private final Path screenshots;

    /** A browser whose clock reads {@code timeZone} (an IANA id), with a fresh profile. */
    Browser(String testName, String timeZone) {
        Path executable = Path.of(System.getProperty("guildhall.chromium", "/usr/bin/chromium"));
        assertThat(executable)
                .as("Chromium for the browser tests (apt-get install chromium; system-tests/ensure-chromium.sh)")
                .isExecutable();
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable)
                        .setHeadless(true)
                        .setArgs(CHROMIUM_FLAGS));
        context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(WIDE, 900)
                .setTimezoneId(timeZone)
                .setLocale("en-GB"));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
        screenshots = Path.of(System.getProperty("guildhall.work", "target"), "screenshots", testName);
        try {
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Page page() {
        return page;
    }

    /**
     * Checks the page as it is now with axe-core and fails on any serious or critical violation, then saves
     * {@code <name>-1280.png} and {@code <name>-390.png} (whole pages).
     */
    void look(String name) {
        page.waitForLoadState();
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious)
                .as("axe-core: serious or critical violations on %s (%s):%n%s", name, page.url(), describe(serious))
                .isEmpty();
        page.setViewportSize(WIDE, 900);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(screenshots.resolve(name + "-" + WIDE + ".png"))
                .setFullPage(true));
        page.setViewportSize(NARROW, 844);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(screenshots.resolve(name + "-" + NARROW + ".png"))
                .setFullPage(true));
        page.setViewportSize(WIDE, 900);
    }

    /** Saves the page as it is now, without checking it: for a test that failed. */
    void snapshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(screenshots.resolve(name + ".png"))
                .setFullPage(true));
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    @Override
    public void close() {
        try {
            context.close();
            chromium.close();
        } finally {
            playwright.close();
        }
    }
}
