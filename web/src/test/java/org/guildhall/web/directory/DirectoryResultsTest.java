package org.guildhall.web.directory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * What the directory says of how many members it found (jsoup over {@code /test-render/directory}, the real
 * template): the count when members-service counted every match, "more than" when it stopped counting, and a next
 * page whenever there are more matches than the pages so far.
 */
@QuarkusTest
class DirectoryResultsTest {

    @Test
    void shouldSayMoreThanWhenTheServiceStoppedCounting() {
        Document counted = render(0, 845, true);
        assertThat(counted.select("#h-results").text()).isEqualTo("845 members");
        assertThat(counted.select("a[rel=next]").attr("href")).isEqualTo("/directory?skill=kotlin&page=1");

        Document more = render(0, 1000, false);
        assertThat(more.select("#h-results").text()).isEqualTo("More than 1,000 members");
        assertThat(more.select("a[rel=next]")).hasSize(1);

        // a count a person reads has its thousands grouped
        assertThat(render(0, 12_345, true).select("#h-results").text()).isEqualTo("12,345 members");

        // the last page of 1,000 counted matches has no next page; beyond a count that stopped, there is one
        assertThat(render(49, 1000, true).select("a[rel=next]")).isEmpty();
        assertThat(render(49, 1000, false).select("a[rel=next]").attr("href"))
                .isEqualTo("/directory?skill=kotlin&page=50");
    }

    private static Document render(int page, long total, boolean exact) {
        String html = given().queryParam("page", page)
                .queryParam("total", total)
                .queryParam("exact", exact)
                .get("/test-render/directory")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return Jsoup.parse(html);
    }
}
