package org.guildhall.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.events.Fixtures.TOKENS;
import static org.guildhall.events.Fixtures.activeMember;
import static org.guildhall.events.Fixtures.conference;
import static org.guildhall.events.Fixtures.coordinatorToken;
import static org.guildhall.events.Fixtures.published;
import static org.guildhall.events.Fixtures.with;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API does what it says: a write answers what later reads answer, and the OpenAPI document tells the truth. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class WritesAndReadsAgreeTest {

    @Inject
    MemberSnapshotRepository standings;

    @TestHTTPResource("/")
    URI baseUri;

    private Instant realNow;

    /** A clock reading with nanoseconds, finer than PostgreSQL keeps. */
    @BeforeEach
    void tellTimeToTheNanosecond() {
        realNow = TestClock.CLOCK.instant();
        TestClock.CLOCK.setTo(realNow.truncatedTo(ChronoUnit.SECONDS).plusNanos(123_456_789));
    }

    @AfterEach
    void putTheClockBack() {
        TestClock.CLOCK.setTo(realNow);
    }

    @Test
    void registeringWithNoBodyAndNoContentTypeShouldWork() throws Exception {
        String event = published(conference(5));
        String ada = activeMember(standings, "associate");

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(baseUri.resolve("/events/" + event + "/registrations"))
                                .header("Authorization", "Bearer " + TOKENS.member(ada))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.request().headers().firstValue("Content-Type")).isEmpty();
        assertThat(JsonPath.from(response.body()).getString("status")).isEqualTo("CONFIRMED");
    }

    @Test
    void registeringWithAnEmptyFormBodyShouldWorkToo() {
        String event = published(conference(5));
        String ada = activeMember(standings, "associate");

        given().auth() // RestAssured names application/x-www-form-urlencoded when there is no body, as curl -d '' does
                .oauth2(TOKENS.member(ada))
                .when()
                .post("/events/{id}/registrations", event)
                .then()
                .statusCode(201)
                .body("sharesAttendance", equalTo(false));
    }

    @Test
    void aNonJsonBodyShouldStillBeRefused() {
        String event = published(conference(5));
        given().auth()
                .oauth2(TOKENS.member(activeMember(standings, "associate")))
                .contentType("text/plain")
                .body("share please")
                .when()
                .post("/events/{id}/registrations", event)
                .then()
                .statusCode(415);
    }

    @Test
    void theOpenApiDocumentShouldSayTheRegistrationBodyIsOptional() {
        JsonPath openApi = given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> requestBody = openApi.getMap("paths.'/events/{eventId}/registrations'.post.requestBody");
        assertThat(requestBody).isNotNull();
        assertThat(requestBody.get("required")).isNotEqualTo(true);
    }

    @Test
    void aRegistrationAndItsCheckInShouldReadBackAsWritten() {
        String event = published(conference(5));
        String ada = activeMember(standings, "associate");

        JsonPath written =
                Fixtures.register(event, ada).then().statusCode(201).extract().jsonPath();
        String registration = written.getString("id");
        JsonPath read = given().auth()
                .oauth2(TOKENS.member(ada))
                .when()
                .get("/events/{e}/registrations/{r}", event, registration)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(read.getString("registeredAt")).isEqualTo(written.getString("registeredAt"));
        assertThat(read.getString("confirmedAt")).isEqualTo(written.getString("confirmedAt"));

        String checkedInAt = given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of("registrationId", registration))
                .when()
                .post("/events/{e}/check-ins", event)
                .then()
                .statusCode(200)
                .extract()
                .path("checkedInAt");
        String readCheckedInAt = given().auth()
                .oauth2(coordinatorToken())
                .when()
                .get("/events/{e}/attendance", event)
                .then()
                .statusCode(200)
                .extract()
                .path("[0].checkedInAt");
        assertThat(readCheckedInAt).isEqualTo(checkedInAt);
    }

    @Test
    void anEventAndAShiftGivenInNanosecondsShouldReadBackAsWritten() {
        Instant start = TestClock.CLOCK.instant().plus(Duration.ofDays(20));
        Map<String, Object> request = with(
                with(conference(5), "startsAt", start.toString()),
                "endsAt",
                start.plus(Duration.ofHours(5)).toString());
        JsonPath written = given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(request)
                .when()
                .post("/events")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String event = written.getString("id");
        JsonPath read = given().auth()
                .oauth2(coordinatorToken())
                .when()
                .get("/events/{id}", event)
                .then()
                .extract()
                .jsonPath();
        assertThat(read.getString("startsAt")).isEqualTo(written.getString("startsAt"));
        assertThat(read.getString("endsAt")).isEqualTo(written.getString("endsAt"));
        String published = given().auth()
                .oauth2(coordinatorToken())
                .when()
                .post("/events/{id}/publish", event)
                .then()
                .statusCode(200)
                .extract()
                .path("publishedAt");
        assertThat(given().auth()
                        .oauth2(coordinatorToken())
                        .when()
                        .get("/events/{id}", event)
                        .then()
                        .extract()
                        .<String>path("publishedAt"))
                .isEqualTo(published);

        String role = given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Usher"))
                .when()
                .post("/events/{id}/roles", event)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        JsonPath shift = given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "roleId",
                        role,
                        "startsAt",
                        start.toString(),
                        "endsAt",
                        start.plus(Duration.ofHours(1)).toString(),
                        "needed",
                        1))
                .when()
                .post("/events/{id}/shifts", event)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        JsonPath shiftRead = given().auth()
                .oauth2(coordinatorToken())
                .when()
                .get("/events/{id}/shifts", event)
                .then()
                .extract()
                .jsonPath();
        assertThat(shiftRead.getString("[0].startsAt")).isEqualTo(shift.getString("startsAt"));
        assertThat(shiftRead.getString("[0].endsAt")).isEqualTo(shift.getString("endsAt"));

        String ada = activeMember(standings, "associate");
        String joinedAt = given().auth()
                .oauth2(TOKENS.member(ada))
                .when()
                .post("/events/{e}/shifts/{s}/volunteers", event, shift.getString("id"))
                .then()
                .statusCode(201)
                .extract()
                .path("joinedAt");
        assertThat(given().auth()
                        .oauth2(coordinatorToken())
                        .when()
                        .get("/events/{e}/roster", event)
                        .then()
                        .extract()
                        .<String>path("shifts[0].volunteers[0].joinedAt"))
                .isEqualTo(joinedAt);
    }
}
