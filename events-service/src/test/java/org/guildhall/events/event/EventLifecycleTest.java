package org.guildhall.events.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.events.Fixtures.TOKENS;
import static org.guildhall.events.Fixtures.conference;
import static org.guildhall.events.Fixtures.coordinatorToken;
import static org.guildhall.events.Fixtures.draft;
import static org.guildhall.events.Fixtures.published;
import static org.guildhall.events.Fixtures.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.events.EventRescheduled;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.events.EventsTopic;
import org.guildhall.events.Fixtures;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class EventLifecycleTest {

    private static EventsTopic topic;

    @BeforeAll
    static void readTheTopic() {
        topic = new EventsTopic();
    }

    @AfterAll
    static void close() {
        topic.close();
    }

    @Test
    void shouldDraftThenPublishAndAnnounceTheEvent() {
        String id = given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(conference(120))
                .when()
                .post("/events")
                .then()
                .statusCode(201)
                .header("Location", containsString("/events/"))
                .body("status", equalTo("DRAFT"))
                .body("seatsLeft", equalTo(120))
                .body("seatRelease", equalTo("CONFIRM_AT_ONCE"))
                .body("offerClaimHours", equalTo(24))
                .extract()
                .path("id");

        given().auth()
                .oauth2(coordinatorToken())
                .when()
                .post("/events/{id}/publish", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));

        var published = topic.awaitConforming(EventsEvents.EVENT_PUBLISHED, id);
        assertThat(ContractExamples.read(EventsEvents.EVENT_PUBLISHED, published.value())
                        .capacity())
                .isEqualTo(120);
        given().auth()
                .oauth2(coordinatorToken())
                .when()
                .post("/events/{id}/publish", id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/event-not-draft"));
    }

    @Test
    void shouldAnnounceAPublishedEventThatMoves() {
        Map<String, Object> request = conference(50);
        String id = published(request);
        Instant newStart = Instant.parse((String) request.get("startsAt")).plus(Duration.ofDays(7));

        given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(with(
                        with(request, "startsAt", newStart.toString()),
                        "endsAt",
                        newStart.plus(Duration.ofHours(8)).toString()))
                .when()
                .put("/events/{id}", id)
                .then()
                .statusCode(200)
                .body("startsAt", equalTo(newStart.toString()));

        EventRescheduled moved = ContractExamples.read(
                EventsEvents.EVENT_RESCHEDULED,
                topic.awaitConforming(EventsEvents.EVENT_RESCHEDULED, id).value());
        assertThat(moved.startsAt()).isEqualTo(newStart);
        assertThat(moved.previousStartsAt()).isEqualTo(Instant.parse((String) request.get("startsAt")));
    }

    @Test
    void shouldCancelWithAReasonAndAnnounceIt() {
        String id = published(conference(10));

        given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "The venue is unavailable"))
                .when()
                .post("/events/{id}/cancel", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("The venue is unavailable"));

        topic.awaitConforming(EventsEvents.EVENT_CANCELLED, id);
        given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", " "))
                .when()
                .post("/events/{id}/cancel", id)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("reason"));
    }

    @Test
    void shouldCompleteAnEventOnceItHasStarted() {
        Map<String, Object> request = conference(10);
        String id = published(request);
        given().auth()
                .oauth2(coordinatorToken())
                .when()
                .post("/events/{id}/complete", id)
                .then()
                .statusCode(409)
                .body("type", endsWith("/event-not-started"));

        Instant before = TestClock.CLOCK.instant();
        TestClock.CLOCK.setTo(Instant.parse((String) request.get("endsAt")));
        try {
            given().auth()
                    .oauth2(coordinatorToken())
                    .when()
                    .post("/events/{id}/complete", id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("COMPLETED"));
        } finally {
            TestClock.CLOCK.setTo(before);
        }
        topic.awaitConforming(EventsEvents.EVENT_COMPLETED, id);
    }

    @Test
    void shouldNameTheFieldsOfABadEvent() {
        Map<String, Object> good = conference(10);
        postEvent(with(good, "title", " ")).then().statusCode(400).body("violations.field", hasItem("title"));
        postEvent(with(good, "timeZone", "Mars/Olympus"))
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("timeZone"));
        postEvent(with(good, "capacity", 0)).then().statusCode(400).body("violations.field", hasItem("capacity"));
        postEvent(with(good, "type", "PICNIC")).then().statusCode(400).body("violations.field", hasItem("type"));
        postEvent(with(good, "endsAt", good.get("startsAt")))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("endsAt"));
        postEvent(with(with(good, "venue", null), "onlineUrl", null))
                .then()
                .statusCode(400)
                .body("detail", containsString("venue"));
    }

    @Test
    void shouldNotLetCapacityFallBelowTheSeatsTaken() {
        Map<String, Object> request = with(conference(2), "membersOnly", false);
        String id = published(request);
        Fixtures.register(id, Fixtures.newMemberId()).then().statusCode(201);
        Fixtures.register(id, Fixtures.newMemberId()).then().statusCode(201);

        given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(with(request, "capacity", 1))
                .when()
                .put("/events/{id}", id)
                .then()
                .statusCode(409)
                .body("type", endsWith("/capacity-below-registrations"));
    }

    @Test
    void onlyCoordinatorsShouldManageEvents() {
        String member = TOKENS.member(Fixtures.newMemberId());
        given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .body(conference(10))
                .when()
                .post("/events")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        String id = draft(conference(10));
        for (String action : List.of("publish", "complete")) {
            given().auth()
                    .oauth2(member)
                    .when()
                    .post("/events/{id}/" + action, id)
                    .then()
                    .statusCode(403);
        }
        given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "mine now"))
                .when()
                .post("/events/{id}/cancel", id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .body(conference(10))
                .when()
                .put("/events/{id}", id)
                .then()
                .statusCode(403);
    }

    @Test
    void shouldTurnAwayCallersWithoutAToken() {
        given().contentType(ContentType.JSON)
                .body(conference(10))
                .when()
                .post("/events")
                .then()
                .statusCode(401);
        given().when().get("/events").then().statusCode(401);
        given().auth()
                .oauth2(TOKENS.forUser("someone").expired().sign())
                .when()
                .get("/events")
                .then()
                .statusCode(401);
    }

    @Test
    void membersShouldBrowsePublishedEventsByTypeTextDatesAndSeats() {
        String marker = "Marker" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> workshop = with(
                with(with(conference(1), "type", "WORKSHOP"), "title", marker + " workshop"), "membersOnly", false);
        String full = published(workshop);
        Fixtures.register(full, Fixtures.newMemberId()).then().statusCode(201);
        String roomy = published(with(workshop, "title", marker + " roomy workshop"));
        String seminar = published(with(with(workshop, "type", "SEMINAR"), "title", marker + " seminar"));
        String hidden = draft(with(workshop, "title", marker + " draft"));
        String member = TOKENS.member(Fixtures.newMemberId());

        assertThat(ids(member, Map.of("q", marker.toLowerCase()))).containsExactlyInAnyOrder(full, roomy, seminar);
        assertThat(ids(member, Map.of("q", marker, "type", "workshop"))).containsExactlyInAnyOrder(full, roomy);
        assertThat(ids(member, Map.of("q", marker, "hasSeats", "true"))).containsExactlyInAnyOrder(roomy, seminar);
        assertThat(ids(
                        member,
                        Map.of(
                                "q",
                                marker,
                                "from",
                                TestClock.CLOCK
                                        .instant()
                                        .plus(Duration.ofDays(60))
                                        .toString())))
                .isEmpty();
        assertThat(ids(coordinatorToken(), Map.of("q", marker, "status", "DRAFT")))
                .containsExactly(hidden);
        given().auth()
                .oauth2(member)
                .queryParam("q", marker)
                .queryParam("size", 2)
                .when()
                .get("/events")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.size()", equalTo(2))
                .body("size", equalTo(2));
        given().auth()
                .oauth2(member)
                .when()
                .get("/events/{id}", hidden)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(member)
                .queryParam("status", "DRAFT")
                .when()
                .get("/events")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldNameTheBadQueryParameter() {
        String member = TOKENS.member(Fixtures.newMemberId());
        given().auth()
                .oauth2(member)
                .queryParam("from", "yesterday")
                .when()
                .get("/events")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("from"));
        given().auth()
                .oauth2(member)
                .queryParam("size", 101)
                .when()
                .get("/events")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("size"));
        given().auth()
                .oauth2(member)
                .queryParam("type", "PICNIC")
                .when()
                .get("/events")
                .then()
                .statusCode(400)
                .body("detail", containsString("type"))
                .body("detail", not(containsString("Exception")));
    }

    private static io.restassured.response.Response postEvent(Map<String, Object> request) {
        return given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(request)
                .when()
                .post("/events");
    }

    private static List<String> ids(String token, Map<String, ?> query) {
        return given().auth()
                .oauth2(token)
                .queryParams(query)
                .when()
                .get("/events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", String.class);
    }
}
