package org.guildhall.web.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * What a full event's page says of its seats (jsoup over {@code /test-render/event}, the real template): "join the
 * waitlist" only to a member who can still join it; a member who holds a seat or waits already, or an event that is
 * over, reads that it is full.
 */
@QuarkusTest
class EventSeatsTest {

    @Test
    void shouldInviteToTheWaitlistOnlyAMemberWhoCanJoinIt() {
        assertThat(seats("none", false)).isEqualTo("Full: join the waitlist");

        assertThat(seats("CONFIRMED", false)).isEqualTo("Full");
        assertThat(seats("WAITLISTED", false)).isEqualTo("Full");
        assertThat(seats("OFFERED", false)).isEqualTo("Full");
        assertThat(seats("none", true)).isEqualTo("Full");
    }

    /** The page's Seats entry for a member with a registration of {@code status} ({@code none}). */
    private static String seats(String status, boolean past) {
        String html = given().queryParam("registration", status)
                .queryParam("past", past)
                .get("/test-render/event")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return Jsoup.parse(html).select("dl.details dt:contains(Seats) + dd").text();
    }
}
