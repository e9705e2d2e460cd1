package org.guildhall.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.guildhall.local.Platform;
import org.guildhall.local.RunningService;
import org.guildhall.local.Service;

/** The few calls the system tests make, as a client would make them. */
final class Api {

    static final String ADA =
            """
            {"displayName":"Ada Lovelace","headline":"Engineer","location":"London","timeZone":"Europe/London"}""";

    private final Platform platform;

    Api(Platform platform) {
        this.platform = platform;
    }

    RequestSpecification to(Service service) {
        return given().baseUri(platform.baseUrl(service).toString()).accept(ContentType.JSON);
    }

    RequestSpecification to(Service service, String token) {
        return to(service).auth().oauth2(token);
    }

    /** A call to one instance of a service, say one of its replicas. */
    RequestSpecification to(RunningService instance, String token) {
        return given().baseUri(instance.baseUrl().toString())
                .accept(ContentType.JSON)
                .auth()
                .oauth2(token);
    }

    /** Drafts an event with {@code details} ({@code POST /events}) as {@code coordinator} and publishes it; its id. */
    String publishedEvent(String coordinator, Map<String, Object> details) {
        String id = to(Service.EVENTS, coordinator)
                .contentType(ContentType.JSON)
                .body(details)
                .post("/events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        to(Service.EVENTS, coordinator).post("/events/{id}/publish", id).then().statusCode(200);
        return id;
    }

    /** {@code POST /members}: the caller joins. */
    Response join(String token) {
        return to(Service.MEMBERS, token)
                .contentType(ContentType.JSON)
                .body(ADA)
                .when()
                .post("/members");
    }

    /** {@code POST /members} with an e-mail address, so that notifications-service can mail the member. */
    Response joinWithEmail(String token, String email) {
        return to(Service.MEMBERS, token)
                .contentType(ContentType.JSON)
                .body(ADA.replace("{", "{\"email\":\"" + email + "\","))
                .when()
                .post("/members");
    }

    /** {@code GET /notifications/me}, answered 200 and with the list shape of docs/http.md. */
    Response notifications(String token) {
        Response response = to(Service.NOTIFICATIONS, token).when().get("/notifications/me");
        response.then().statusCode(200);
        return response;
    }

    /** The caller's notifications of kind {@code welcome}. */
    List<Map<String, Object>> welcomes(String token) {
        List<Map<String, Object>> items = notifications(token).jsonPath().getList("items");
        return items.stream().filter(item -> "welcome".equals(item.get("kind"))).toList();
    }
}
