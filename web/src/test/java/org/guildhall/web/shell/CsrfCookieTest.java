package org.guildhall.web.shell;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The CSRF cookie a page sets stays what it is while the browser goes on: the page's own stylesheet and script (served
 * through JAX-RS, so through the CSRF filter) and a second page opened beside it must not replace it, or the first
 * page's forms carry a token that no longer matches and their post is refused with a bare 400. A browser with an empty
 * cache, as right after signing in, loads the assets with the first page it is shown (system-tests' AdminWebIT
 * approves on that very page; CoordinatorWebIT checks in at a desk that reloads its count every five seconds).
 */
@QuarkusTest
class CsrfCookieTest {

    private static final String COOKIE = "csrf-token";

    @Test
    void shouldKeepTheCsrfCookieWhileThePageLoadsItsAssetsAndAnotherPageOpens() {
        Response first = given().get("/");
        String cookie = first.getCookie(COOKIE);
        assertThat(cookie).as("the CSRF cookie of the first page").isNotBlank();
        Document page = Jsoup.parse(first.asString());

        for (String asset : java.util.List.of(
                page.select("link[rel=stylesheet]").attr("href"),
                page.select("script[src^=/assets/]").attr("src"))) {
            Response loaded = given().cookie(COOKIE, cookie).get(asset);
            assertThat(loaded.statusCode()).as(asset).isEqualTo(200);
            assertThat(loaded.getCookie(COOKIE))
                    .as("the CSRF cookie after " + asset)
                    .isIn(null, cookie);
        }
        Response another = given().cookie(COOKIE, cookie).get("/privacy");
        assertThat(another.statusCode()).isEqualTo(200);
        assertThat(another.getCookie(COOKIE))
                .as("the CSRF cookie after a second page")
                .isIn(null, cookie);
    }

    @Test
    void shouldLetAFormThroughWithTheCookiesTokenAndExplainARefusalOnTheErrorPage() {
        String cookie = given().get("/").getCookie(COOKIE);

        given().cookie(COOKIE, cookie)
                .formParam("csrf-token", cookie)
                .formParam("words", "hello")
                .post("/form-probe")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.equalTo("sent: hello"));

        Response refused = given().cookie(COOKIE, cookie)
                .formParam("csrf-token", "not-the-cookies-token")
                .formParam("words", "hello")
                .post("/form-probe");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("text/html");
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.select("h1").text()).isEqualTo("The form could not be sent");
        assertThat(page.select("[role=alert]").text()).contains("reload the page");
    }
}
