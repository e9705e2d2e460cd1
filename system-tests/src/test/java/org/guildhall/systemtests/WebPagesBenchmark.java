package org.guildhall.systemtests;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.local.LocalKeycloak;
import org.guildhall.local.Platform;
import org.guildhall.local.Service;

/**
 * How long the web application takes to answer each member page with the services warm: a program, not a test (run
 * as {@code docs/benchmarks.md} says). It starts the packaged platform with Keycloak and the web application, signs
 * the demo member {@code ada} in through Keycloak in Chromium, gives her an event, a connection request and a
 * mentor to see, then asks for each page {@code warm-up} times and {@code rounds} times more over the browser's
 * session (Playwright's request context, so the signed-in session cookie goes along), and prints per page the
 * median, p95 and largest time in milliseconds from request to the whole answer read on loopback; the overall p95
 * is over every request of every page. Pages are asked in turn, one at a time; a directory search, which
 * members-service allows 60 times a minute per caller, is asked once a second, up to 55 times. Then the coordinator's
 * console and the report pages as the realm's {@code grace} sees them, and the administrator's pages as {@code linus}
 * does, each signed in through Keycloak in a browser of their own.
 *
 * <p>Arguments: {@code rounds} (default 200), {@code warm-up} (default 50). System properties: {@code guildhall.repo}
 * (the checkout whose packaged services run), {@code guildhall.keycloak.dist} (the unpacked Keycloak, as the ITs
 * get it), {@code guildhall.work} (where the platform's home goes).
 */
public final class WebPagesBenchmark {

    private static final String ADA = "6f1c8a52-4b8e-4a36-9a0e-5d0a7d1b0a01";
    private static final String LINUS = "6f1c8a52-4b8e-4a36-9a0e-5d0a7d1b0a03";

    private static final int DIRECTORY_SEARCHES = 55;
    private static final long SEARCH_SPACING_MILLIS = 1_100;

    private WebPagesBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path distribution = Path.of(System.getProperty("guildhall.keycloak.dist"));
        try (Platform platform = TestPlatforms.start(
                "web-benchmark", builder -> builder.keycloak(distribution).web(0))) {
            Api api = new Api(platform);
            String ada = token(platform, "ada");
            String grace = token(platform, "grace");
            String linus = token(platform, "linus");
            join(api, ada, "Ada Lovelace", "Europe/London");
            join(api, grace, "Grace Hopper", "America/New_York");
            join(api, linus, "Linus Mentor", "Europe/Berlin");
            String event = event(api, grace);
            api.to(Service.MEMBERS, grace)
                    .contentType(ContentType.JSON)
                    .body(Map.of("recipientId", ADA, "note", "Met at the meetup"))
                    .post("/connections/requests");

            Map<String, double[]> times = new LinkedHashMap<>();
            String web = platform.webUrl().toString();
            Browser browser = new Browser("web-benchmark", "Europe/London");
            try {
                Page page = signedIn(browser, web, "ada", "/home");
                List<String> paths = List.of(
                        "/home",
                        "/profile",
                        "/directory/" + LINUS,
                        "/network",
                        "/events",
                        "/events/" + event,
                        "/volunteering",
                        "/mentoring",
                        "/interviews",
                        "/thanks",
                        "/notifications");
                timeEach(page, web, paths, rounds, warmUp, times);
                // a directory search is an @Expensive operation of members-service: 60 a minute per caller, so it is
                // asked once a second, as a person paging through results would at most
                int searches = Math.min(rounds, DIRECTORY_SEARCHES);
                double[] directory = new double[searches];
                for (int i = -2; i < searches; i++) {
                    long start = System.nanoTime();
                    double millis = timed(page, web + "/directory?q=Linus");
                    if (i >= 0) {
                        directory[i] = millis;
                    }
                    Thread.sleep(Math.max(0, SEARCH_SPACING_MILLIS - (System.nanoTime() - start) / 1_000_000));
                }
                times.put("/directory?q=Linus (1/s)", directory);
            } finally {
                browser.close();
            }
            // the consoles and reports, as the coordinator grace and the administrator linus see them
            Browser coordinator = new Browser("web-benchmark", "Europe/London");
            try {
                Page page = signedIn(coordinator, web, "grace", "/coordinator/events");
                timeEach(
                        page,
                        web,
                        List.of(
                                "/coordinator/events",
                                "/coordinator/events/" + event,
                                "/coordinator/events/" + event + "/registrations",
                                "/coordinator/events/" + event + "/roster",
                                "/coordinator/events/" + event + "/desk",
                                "/coordinator/programmes",
                                "/reports/membership",
                                "/reports/events",
                                "/reports/volunteering",
                                "/reports/mentoring"),
                        rounds,
                        warmUp,
                        times);
            } finally {
                coordinator.close();
            }
            Browser admin = new Browser("web-benchmark", "Europe/London");
            try {
                Page page = signedIn(admin, web, "linus", "/admin/members?status=PENDING");
                timeEach(
                        page,
                        web,
                        List.of("/admin/members?status=PENDING", "/admin/members?status=ACTIVE", "/admin/erasures"),
                        rounds,
                        warmUp,
                        times);
            } finally {
                admin.close();
            }
            List<Double> all = new ArrayList<>();
            System.out.printf("%-48s %8s %8s %8s%n", "page", "p50 ms", "p95 ms", "max ms");
            for (var entry : times.entrySet()) {
                double[] sorted = entry.getValue().clone();
                Arrays.sort(sorted);
                for (double value : sorted) {
                    all.add(value);
                }
                System.out.printf(
                        "%-48s %8.1f %8.1f %8.1f%n",
                        entry.getKey(), percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1]);
            }
            double[] every =
                    all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(
                    "all pages: %d requests, p50 %.1f ms, p95 %.1f ms%n",
                    every.length, percentile(every, 50), percentile(every, 95));
        }
    }

    /** Signs {@code user} in through Keycloak at {@code path}; the browser's page, there. */
    private static Page signedIn(Browser browser, String web, String user, String path) {
        Page page = browser.page();
        page.navigate(web + path);
        page.locator("#username").fill(user);
        page.locator("#password").fill(LocalKeycloak.DEMO_PASSWORDS.get(user));
        page.locator("input[type=submit], button[type=submit]").first().click();
        page.waitForURL("**" + path);
        return page;
    }

    /** Asks for each path in turn, {@code warmUp} rounds untimed, then {@code rounds} timed into {@code times}. */
    private static void timeEach(
            Page page, String web, List<String> paths, int rounds, int warmUp, Map<String, double[]> times) {
        for (String path : paths) {
            times.put(path, new double[rounds]);
        }
        for (int round = -warmUp; round < rounds; round++) {
            for (String path : paths) {
                double millis = timed(page, web + path);
                if (round >= 0) {
                    times.get(path)[round] = millis;
                }
            }
        }
    }

    /** Milliseconds from asking for {@code url} with the browser's session to its whole answer; 200 or it throws. */
    private static double timed(Page page, String url) {
        long start = System.nanoTime();
        APIResponse answer = page.context().request().get(url);
        answer.body();
        double millis = (System.nanoTime() - start) / 1e6;
        if (answer.status() != 200) {
            throw new IllegalStateException(url + " answered " + answer.status() + ": " + answer.text());
        }
        return millis;
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String token(Platform platform, String user) {
        return platform.keycloak().accessToken(user, LocalKeycloak.DEMO_PASSWORDS.get(user));
    }

    private static void join(Api api, String token, String name, String zone) {
        api.to(Service.MEMBERS, token)
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", name, "headline", "Member", "timeZone", zone, "tier", "associate"))
                .post("/members");
    }

    private static String event(Api api, String coordinator) {
        Instant starts = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return api.publishedEvent(
                coordinator,
                Map.of(
                        "title", "Thursday meetup",
                        "description", "Members meet members.",
                        "type", "MEETUP",
                        "startsAt", starts.toString(),
                        "endsAt", starts.plus(2, ChronoUnit.HOURS).toString(),
                        "timeZone", "Europe/Berlin",
                        "venue", "Guild hall, Berlin",
                        "capacity", 20));
    }
}
