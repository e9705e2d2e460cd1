package org.guildhall.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What anyone reaches without signing in: the landing page (parsed with jsoup), its assets, the security headers, and
 * that nothing else is served without signing in. Sign-in itself, and the pages behind it, are walked in real Chromium
 * against real Keycloak by system-tests' MemberWebIT.
 */
@QuarkusTest
class PublicPagesTest {

    /** The budget: JavaScript and CSS of one page together, as sent compressed. */
    private static final long ASSET_BUDGET_BYTES = 150 * 1024;

    /** Report pages only: the page budget plus the charting library (ECharts' simple build, about 155 KiB gzip). */
    private static final long REPORT_ASSET_BUDGET_BYTES = 350 * 1024;

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldServeTheLandingPageWithLandmarksAHeadingAndTheWayIn() {
        Document page =
                Jsoup.parse(given().get("/").then().statusCode(200).extract().asString());

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("main#main")).hasSize(1);
        assertThat(page.select("header nav[aria-label]")).hasSize(1);
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("a.skip[href=#main]")).hasSize(1);
        assertThat(page.select("a[href=/home]").eachText()).contains("Sign in or create an account");
    }

    @Test
    void shouldSendSecurityHeadersWithAPolicyThatAllowsNoInlineScriptAndNoFraming() {
        Response response = given().get("/");

        String policy = response.header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("script:not([src])")).as("inline scripts").isEmpty();
        assertThat(page.select("[style]")).as("inline styles").isEmpty();
        assertThat(page.getAllElements().stream()
                        .flatMap(element -> element.attributes().asList().stream())
                        .filter(attribute -> attribute.getKey().startsWith("on")))
                .as("inline event handlers")
                .isEmpty();
    }

    @Test
    void shouldServeEveryAssetByAFingerprintedUrlCachedForAYearWithinTheBudgetWhenCompressed() throws Exception {
        Document page = Jsoup.parse(given().get("/").asString());
        List<String> assets = new ArrayList<>();
        for (Element script : page.select("script[src]")) {
            assets.add(script.attr("src"));
        }
        for (Element link : page.select("link[rel=stylesheet]")) {
            assets.add(link.attr("href"));
        }
        assertThat(assets).hasSize(3);

        long compressed = 0;
        HttpClient client = HttpClient.newHttpClient();
        for (String asset : assets) {
            assertThat(asset).matches("/(assets/guildhall-[0-9a-f]{12}\\.(css|js)|webjars/htmx\\.org/[0-9.]+/.+)");
            HttpResponse<byte[]> response = client.send(
                    HttpRequest.newBuilder(root.toURI().resolve(asset))
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control").orElse(""))
                    .as(asset)
                    .contains("max-age=31536000", "immutable");
            assertThat(response.headers().firstValue("Content-Encoding"))
                    .as(asset)
                    .hasValue("gzip");
            compressed += response.body().length;
        }
        assertThat(compressed).as("JavaScript and CSS of a page, gzip").isLessThan(ASSET_BUDGET_BYTES);
    }

    /**
     * Report pages add the charting library and the script that draws with it to what every page loads; only they do
     * (the landing page's three assets above stay within {@link #ASSET_BUDGET_BYTES}). Together with the page's own
     * assets they stay within {@link #REPORT_ASSET_BUDGET_BYTES}.
     */
    @Test
    void shouldServeTheChartLibraryOfReportPagesFingerprintedAndWithinTheirBudgetWhenCompressed() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long compressed = 0;
        List<String> assets = new ArrayList<>(List.of(assets().charts(), assets().chartScript()));
        Document landing = Jsoup.parse(given().get("/").asString());
        landing.select("script[src]").forEach(script -> assets.add(script.attr("src")));
        landing.select("link[rel=stylesheet]").forEach(link -> assets.add(link.attr("href")));
        for (String asset : assets) {
            HttpResponse<byte[]> response = client.send(
                    HttpRequest.newBuilder(root.toURI().resolve(asset))
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control").orElse(""))
                    .as(asset)
                    .contains("max-age=31536000", "immutable");
            compressed += response.body().length;
        }
        assertThat(assets().charts()).matches("/webjars/echarts/[0-9.]+/dist/echarts\\.simple\\.min\\.js");
        assertThat(assets().chartScript()).matches("/assets/charts-[0-9a-f]{12}\\.js");
        assertThat(landing.select("script[src*=echarts]"))
                .as("the landing page loads no chart library")
                .isEmpty();
        assertThat(compressed).as("JavaScript and CSS of a report page, gzip").isLessThan(REPORT_ASSET_BUDGET_BYTES);
    }

    @Test
    void shouldServeNoConsoleOrReportWithoutSignIn() {
        for (String path : List.of("/admin/members", "/admin/erasures", "/reports", "/reports/membership.csv")) {
            assertThat(given().redirects().follow(false).get(path).statusCode())
                    .as(path)
                    .isIn(302, 401);
        }
    }

    private org.guildhall.web.shell.Assets assets() {
        return io.quarkus.arc.Arc.container()
                .instance(org.guildhall.web.shell.Assets.class)
                .get();
    }

    @Test
    void shouldServeNoMemberPageWithoutSignIn() {
        for (String path : java.util.List.of("/home", "/join", "/profile", "/directory", "/events", "/notifications")) {
            assertThat(given().redirects().follow(false).get(path).statusCode())
                    .as(path)
                    .isIn(302, 401);
        }
    }

    @Test
    void shouldAnswerAnUnknownAssetName404() {
        given().get("/assets/guildhall-000000000000.css").then().statusCode(404);
    }
}
