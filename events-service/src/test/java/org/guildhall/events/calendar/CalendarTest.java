package org.guildhall.events.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.events.Fixtures.TOKENS;
import static org.guildhall.events.Fixtures.activeMember;
import static org.guildhall.events.Fixtures.conference;
import static org.guildhall.events.Fixtures.draft;
import static org.guildhall.events.Fixtures.published;
import static org.guildhall.events.Fixtures.register;
import static org.guildhall.events.Fixtures.with;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class CalendarTest {

    @Inject
    MemberSnapshotRepository standings;

    @Test
    void anEventShouldBeOfferedAsAnICalendarDocument() throws Exception {
        String event = published(with(conference(10), "title", "Calendar Summit"));

        String ics = given().auth()
                .oauth2(TOKENS.member(activeMember(standings, "associate")))
                .when()
                .get("/events/{id}/calendar.ics", event)
                .then()
                .statusCode(200)
                .contentType(containsString("text/calendar"))
                .extract()
                .asString();

        List<VEvent> events = parse(ics).getComponents("VEVENT");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getSummary().getValue()).isEqualTo("Calendar Summit");
        assertThat(events.get(0).getUid().orElseThrow().getValue()).contains(event);
    }

    @Test
    void aMembersFeedShouldListTheirRegistrationsAndShiftsAndStopWorkingWhenRotated() throws Exception {
        String ada = activeMember(standings, "associate");
        String summit = published(with(conference(10), "title", "Feed Summit"));
        register(summit, ada).then().statusCode(201);
        String volunteering = published(with(conference(10), "title", "Volunteer Fair"));
        String desk = given().auth()
                .oauth2(org.guildhall.events.Fixtures.coordinatorToken())
                .contentType("application/json")
                .body(java.util.Map.of("name", "Cloakroom"))
                .post("/events/{id}/roles", volunteering)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        var start = TestClock.CLOCK.instant().plus(Duration.ofDays(50)).truncatedTo(ChronoUnit.DAYS);
        String shift = given().auth()
                .oauth2(org.guildhall.events.Fixtures.coordinatorToken())
                .contentType("application/json")
                .body(java.util.Map.of(
                        "roleId",
                        desk,
                        "startsAt",
                        start.toString(),
                        "endsAt",
                        start.plus(Duration.ofHours(2)).toString(),
                        "needed",
                        1))
                .post("/events/{id}/shifts", volunteering)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(TOKENS.member(ada))
                .post("/events/{e}/shifts/{s}/volunteers", volunteering, shift)
                .then()
                .statusCode(201);

        String url = feedUrl(ada, "/calendar/feeds/me", "get");
        assertThat(feedUrl(ada, "/calendar/feeds/me", "get")).isEqualTo(url);
        String ics =
                given().when().get(path(url)).then().statusCode(200).extract().asString();
        assertThat(parse(ics).<VEvent>getComponents("VEVENT"))
                .extracting(event -> event.getSummary().getValue())
                .containsExactlyInAnyOrder("Feed Summit", "Cloakroom – Volunteer Fair");

        String rotated = feedUrl(ada, "/calendar/feeds/me/rotate", "post");
        assertThat(rotated).isNotEqualTo(url);
        given().when().get(path(url)).then().statusCode(404);
        given().when().get(path(rotated)).then().statusCode(200);
    }

    @Test
    void everyCalendarDocumentShouldSatisfyAStrictReader() throws Exception {
        String title =
                "Zürich Größen-Treffen: Ärzte, Ingenieurinnen und Ökonomen — «Grüße» aus Malmö 🎉 " + "日本語のセッション";
        String description = "Één lange beschrijving met veel accenten: ëéèêàáâäöôòóüûùúçñ, "
                + "en emoji 🎉🎉🎉 om de grens van 75 octetten te kruisen.\nTweede regel, ook met ß en ø.";
        String event = published(with(with(conference(10), "title", title), "description", description));
        String ada = activeMember(standings, "associate");
        register(event, ada).then().statusCode(201);
        String role = given().auth()
                .oauth2(org.guildhall.events.Fixtures.coordinatorToken())
                .contentType("application/json")
                .body(java.util.Map.of("name", "Garderobe für Gäste — Ünterstützung 🧥"))
                .post("/events/{id}/roles", event)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        var start = TestClock.CLOCK.instant().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.DAYS);
        String shift = given().auth()
                .oauth2(org.guildhall.events.Fixtures.coordinatorToken())
                .contentType("application/json")
                .body(java.util.Map.of(
                        "roleId",
                        role,
                        "startsAt",
                        start.toString(),
                        "endsAt",
                        start.plus(Duration.ofHours(2)).toString(),
                        "needed",
                        1))
                .post("/events/{id}/shifts", event)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(TOKENS.member(ada))
                .post("/events/{e}/shifts/{s}/volunteers", event, shift)
                .then()
                .statusCode(201);

        byte[] eventCalendar = given().auth()
                .oauth2(TOKENS.member(ada))
                .when()
                .get("/events/{id}/calendar.ics", event)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        byte[] feed = given().when()
                .get(path(feedUrl(ada, "/calendar/feeds/me", "get")))
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();

        for (byte[] document : List.of(eventCalendar, feed)) {
            StrictICalendar.assertFoldedWithin75Octets(document);
            Calendar calendar = StrictICalendar.parseAndValidate(document);
            List<VEvent> events = calendar.getComponents("VEVENT");
            assertThat(events).isNotEmpty();
            for (VEvent entry : events) {
                assertThat(entry.getProperties("DTSTAMP")).hasSize(1);
                assertThat(entry.getProperties("UID")).hasSize(1);
            }
            assertThat(events)
                    .extracting(entry -> entry.getSummary().getValue())
                    .contains(title);
        }
        assertThat(StrictICalendar.parseAndValidate(eventCalendar)
                        .<VEvent>getComponents("VEVENT")
                        .get(0)
                        .getDescription()
                        .getValue())
                .startsWith(description);
    }

    @Test
    void draftsAndFeedsShouldStayPrivate() {
        String hidden = draft(conference(10));
        given().auth()
                .oauth2(TOKENS.member(activeMember(standings, "associate")))
                .when()
                .get("/events/{id}/calendar.ics", hidden)
                .then()
                .statusCode(404);
        given().when().get("/events/{id}/calendar.ics", hidden).then().statusCode(401);
        given().when().get("/calendar/feeds/me").then().statusCode(401);
        given().when().post("/calendar/feeds/me/rotate").then().statusCode(401);
        given().when().get("/calendar/feeds/{s}.ics", "x".repeat(43)).then().statusCode(404);
        given().when().get("/calendar/feeds/{s}.ics", "bad!").then().statusCode(404);
    }

    private static String feedUrl(String member, String path, String method) {
        var request = given().auth().oauth2(TOKENS.member(member)).when();
        var response = "post".equals(method) ? request.post(path) : request.get(path);
        return response.then().statusCode(200).extract().path("url");
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }
}
