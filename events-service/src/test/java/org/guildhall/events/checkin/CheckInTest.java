package org.guildhall.events.checkin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.events.Fixtures.TOKENS;
import static org.guildhall.events.Fixtures.activeMember;
import static org.guildhall.events.Fixtures.conference;
import static org.guildhall.events.Fixtures.coordinatorToken;
import static org.guildhall.events.Fixtures.published;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.events.EventsEvents;
import org.guildhall.events.EventsTopic;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class CheckInTest {

    private static EventsTopic topic;

    @Inject
    MemberSnapshotRepository standings;

    @BeforeAll
    static void readTheTopic() {
        topic = new EventsTopic();
    }

    @AfterAll
    static void close() {
        topic.close();
    }

    @Test
    void aCoordinatorShouldCheckInByCodeOrRegistrationAndRecordAttendanceOnce() {
        String event = published(conference(10));
        JsonPath ada = registered(event, activeMember(standings, "associate"), true);
        JsonPath grace = registered(event, activeMember(standings, "associate"), false);

        checkIn(event, Map.of("code", ada.getString("checkInCode").toLowerCase()))
                .then()
                .statusCode(200)
                .body("memberId", equalTo(ada.getString("memberId")))
                .body("checkedInAt", notNullValue())
                .body("displayName", notNullValue());
        checkIn(event, Map.of("registrationId", grace.getString("id"))).then().statusCode(200);
        checkIn(event, Map.of("registrationId", grace.getString("id"))).then().statusCode(200);

        var recorded = topic.awaitConforming(EventsEvents.ATTENDANCE_RECORDED, event);
        assertThat(ContractExamples.read(EventsEvents.ATTENDANCE_RECORDED, recorded.value())
                        .sharesAttendance())
                .isTrue();
        org.awaitility.Awaitility.await()
                .during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(20))
                .until(() ->
                        topic.ofType(EventsEvents.ATTENDANCE_RECORDED, event).size() == 2);
        given().auth()
                .oauth2(coordinatorToken())
                .when()
                .get("/events/{id}/attendance", event)
                .then()
                .statusCode(200)
                .body("memberId", equalTo(List.of(ada.getString("memberId"), grace.getString("memberId"))));
    }

    @Test
    void attendeesWhoShareShouldSeeEachOtherAndNobodyElse() {
        String event = published(conference(10));
        JsonPath ada = registered(event, activeMember(standings, "associate"), true);
        JsonPath grace = registered(event, activeMember(standings, "associate"), true);
        JsonPath linus = registered(event, activeMember(standings, "associate"), false);
        JsonPath absent = registered(event, activeMember(standings, "associate"), true);
        for (JsonPath attendee : List.of(ada, grace, linus)) {
            checkIn(event, Map.of("registrationId", attendee.getString("id")))
                    .then()
                    .statusCode(200);
        }

        given().auth()
                .oauth2(TOKENS.member(ada.getString("memberId")))
                .when()
                .get("/events/{id}/attendees", event)
                .then()
                .statusCode(200)
                .body("memberId", equalTo(List.of(grace.getString("memberId"))));
        for (JsonPath outsider : List.of(linus, absent)) {
            given().auth()
                    .oauth2(TOKENS.member(outsider.getString("memberId")))
                    .when()
                    .get("/events/{id}/attendees", event)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void shouldNameTheMissingOrMalformedCheckInTarget() {
        String event = published(conference(10));
        checkIn(event, Map.of()).then().statusCode(400).body("detail", containsString("code"));
        checkIn(event, Map.of("code", "no!")).then().statusCode(400).body("violations.field", hasItem("code"));
        checkIn(event, Map.of("registrationId", "not-a-uuid"))
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("registrationId"));
        checkIn(event, Map.of("code", "ZZZZZZZZ")).then().statusCode(404);
    }

    @Test
    void onlyCoordinatorsShouldCheckPeopleIn() {
        String event = published(conference(10));
        JsonPath ada = registered(event, activeMember(standings, "associate"), false);

        given().auth()
                .oauth2(TOKENS.member(ada.getString("memberId")))
                .contentType(ContentType.JSON)
                .body(Map.of("code", ada.getString("checkInCode")))
                .when()
                .post("/events/{id}/check-ins", event)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TOKENS.member(ada.getString("memberId")))
                .when()
                .get("/events/{id}/attendance", event)
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", ada.getString("checkInCode")))
                .when()
                .post("/events/{id}/check-ins", event)
                .then()
                .statusCode(401);
        given().when().get("/events/{id}/attendees", event).then().statusCode(401);
    }

    @Test
    void aWaitingRegistrantShouldNotCheckIn() {
        String event = published(conference(1));
        registered(event, activeMember(standings, "associate"), false);
        JsonPath waiting = registered(event, activeMember(standings, "associate"), false);

        checkIn(event, Map.of("registrationId", waiting.getString("id")))
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    private static JsonPath registered(String event, String memberId, boolean shares) {
        return given().auth()
                .oauth2(TOKENS.member(memberId))
                .contentType(ContentType.JSON)
                .body(Map.of("shareAttendance", shares))
                .when()
                .post("/events/{id}/registrations", event)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static io.restassured.response.Response checkIn(String event, Map<String, ?> body) {
        return given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/events/{id}/check-ins", event);
    }
}
