package org.guildhall.events.roster;

import static io.restassured.RestAssured.given;
import static org.guildhall.events.Fixtures.coordinatorToken;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Roles and shifts that roster tests plan, through the API as a coordinator would. */
final class Rosters {

    private Rosters() {}

    static String registrationDesk(String eventId) {
        return given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Registration desk",
                        "description",
                        "Greets attendees",
                        "skillsWanted",
                        List.of("friendly")))
                .when()
                .post("/events/{id}/roles", eventId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String shift(String eventId, String roleId, Instant startsAt, Duration length, int needed) {
        return given().auth()
                .oauth2(coordinatorToken())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "roleId",
                        roleId,
                        "startsAt",
                        startsAt.toString(),
                        "endsAt",
                        startsAt.plus(length).toString(),
                        "needed",
                        needed))
                .when()
                .post("/events/{id}/shifts", eventId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
