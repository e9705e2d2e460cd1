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
 *
 * <p>{@link #fresh} opens a browser with a profile of its own (a new Playwright context: no cookies, storage or cache
 * of another) in the Chromium that the tests of this JVM share, launched once; the constructor launches a Chromium of
 * its own.
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

    /** The Playwright driver and Chromium that {@link #fresh} browsers share; launched on first use. */
    private static Playwright sharedPlaywright;

    private static com.microsoft.playwright.Browser sharedChromium;

    private static boolean closedAtExit;

    /** This browser's own driver and Chromium, or null in the shared ones. */
    private final Playwright playwright;

    private final com.microsoft.playwright.Browser chromium;
    private final BrowserContext context;
    private final Page page;
    private final Path screenshots;

    /** A browser whose clock reads {@code timeZone} (an IANA id), with a fresh profile, in a Chromium of its own. */
    Browser(String testName, String timeZone) {
        this(
                Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))),
                testName,
                timeZone);
    }

    private Browser(Playwright ownPlaywright, String testName, String timeZone) {
        this(ownPlaywright, launch(ownPlaywright), testName, timeZone);
    }

    /**
     * A browser whose clock reads {@code timeZone} (an IANA id), with a fresh profile, in the Chromium that this JVM's
     * tests share (launched now if none runs); {@link #close} closes its profile only.
     */
    static Browser fresh(String testName, String timeZone) {
        return new Browser(null, sharedChromium(), testName, timeZone);
    }

    private static synchronized com.microsoft.playwright.Browser sharedChromium() {
        if (sharedChromium == null || !sharedChromium.isConnected()) {
            closeShared();
            sharedPlaywright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            sharedChromium = launch(sharedPlaywright);
            if (!closedAtExit) {
                Runtime.getRuntime().addShutdownHook(new Thread(Browser::closeShared, "chromium-shutdown"));
                closedAtExit = true;
            }
        }
        return sharedChromium;
    }

    private static synchronized void closeShared() {
        if (sharedPlaywright != null) {
            try {
                sharedPlaywright.close();
            } finally {
                sharedPlaywright = null;
                sharedChromium = null;
            }
        }
    }

    private static com.microsoft.playwright.Browser launch(Playwright playwright) {
        Path executable = Path.of(System.getProperty("guildhall.chromium", "/usr/bin/chromium"));
        assertThat(executable)
                .as("Chromium for the browser tests (apt-get install chromium; system-tests/ensure-chromium.sh)")
                .isExecutable();
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable)
                        .setHeadless(true)
                        .setArgs(CHROMIUM_FLAGS));
    }

    private Browser(
            Playwright ownPlaywright, com.microsoft.playwright.Browser ownOrShared, String testName, String timeZone) {
        playwright = ownPlaywright;
        chromium = ownPlaywright == null ? null : ownOrShared;
        context = ownOrShared.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
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

    /** Closes this browser's profile, and its own Chromium if it has one. */
    @Override
    public void close() {
        try {
            context.close();
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (playwright != null) {
                playwright.close();
            }
        }
    }
}
