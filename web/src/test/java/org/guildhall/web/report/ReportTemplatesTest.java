package org.guildhall.web.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The four report pages share their period form and their chart-and-table block (Qute tags {@code reportPeriod},
 * {@code reportChart}, {@code reportChartTable}): each page has the form with its months beside their labels, every
 * chart is an image with a text alternative, and every table of numbers stands in its own sideways-scrolling box.
 */
@QuarkusTest
class ReportTemplatesTest {

    @Test
    void shouldGroupTheThousandsOfTheNumbersInAReportsTable() {
        Document page = Jsoup.parse(given().get("/test-render/reports/membership")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(page.select("table td").eachText()).contains("14,000");
    }

    @Test
    void shouldShowThePeriodFormChartsAndTablesInTheirOwnScrollingBoxOnEveryReport() throws Exception {
        for (String report : List.of("membership", "events", "volunteering", "mentoring")) {
            reportPage(report);
        }
    }

    private void reportPage(String report) throws Exception {
        String html = given().get("/test-render/reports/" + report)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Files.createDirectories(Path.of("target/rendered"));
        Files.writeString(Path.of("target/rendered/" + report + ".html"), html);
        Document page = Jsoup.parse(html);

        Element form = page.selectFirst("form.filters[method=get][action=/reports/" + report + "]");
        assertThat(form).as("the period form").isNotNull();
        assertThat(form.select("input[type=month]").eachAttr("name")).containsExactly("from", "to");
        assertThat(form.select("input[name=from]").attr("value")).isEqualTo("2027-01");
        assertThat(form.select("label[for=f-from]").text()).isNotBlank();
        assertThat(form.select("button[type=submit]")).hasSize(1);

        List<Element> charts = page.select("figure.chart-figure > div.chart[role=img]");
        assertThat(charts).as("charts").isNotEmpty();
        charts.forEach(chart -> {
            assertThat(chart.attr("aria-label")).isNotBlank();
            assertThat(chart.attr("data-chart")).startsWith("{");
        });
        List<Element> tables = page.select("table.numbers");
        assertThat(tables).as("tables").isNotEmpty();
        tables.forEach(table -> {
            assertThat(table.parent().hasClass("table-scroll")).as(table.id()).isTrue();
            assertThat(table.parent().attr("tabindex")).as(table.id()).isEqualTo("0");
            assertThat(table.select("caption").text()).isNotBlank();
            assertThat(table.select("tbody tr")).isNotEmpty();
        });
    }
}
