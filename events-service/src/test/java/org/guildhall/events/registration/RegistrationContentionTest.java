package org.guildhall.events.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.events.Fixtures.TOKENS;
import static org.guildhall.events.Fixtures.activeMember;
import static org.guildhall.events.Fixtures.conference;
import static org.guildhall.events.Fixtures.coordinatorToken;
import static org.guildhall.events.Fixtures.published;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.guildhall.events.Contention;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.RepeatedTest;

/** The guarantee: hundreds of members racing for the last seats never overbook, and wait in arrival order. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class RegistrationContentionTest {

    private static final int SEATS = 100;
    private static final int RACERS = 300;

    @TestHTTPResource("/")
    URI base;

    @Inject
    MemberSnapshotRepository standings;

    @RepeatedTest(3)
    void threeHundredRacersForAHundredSeatsShouldConfirmExactlyAHundredAndQueueTheRestInArrivalOrder()
            throws Exception {
        String event = published(conference(SEATS));
        List<String> racers = IntStream.range(0, RACERS)
                .mapToObj(i -> activeMember(standings, "associate"))
                .toList();
        List<HttpRequest> requests = racers.stream()
                .map(member -> Contention.post(
                        base.resolve("events/" + event + "/registrations"), TOKENS.member(member), "{}"))
                .toList();

        List<Contention.Answer> answers = Contention.fireTogether(requests);

        assertThat(answers).extracting(Contention.Answer::status).containsOnly(201);
        List<JsonPath> registrations =
                answers.stream().map(answer -> new JsonPath(answer.body())).toList();
        assertThat(registrations)
                .filteredOn(r -> "CONFIRMED".equals(r.getString("status")))
                .hasSize(SEATS);
        assertThat(registrations)
                .filteredOn(r -> "WAITLISTED".equals(r.getString("status")))
                .hasSize(RACERS - SEATS);

        // arrival order: the first hundred arrivals hold the seats, the others wait in the order they arrived
        List<JsonPath> byArrival = registrations.stream()
                .sorted(Comparator.comparingLong(r -> r.getLong("arrival")))
                .toList();
        assertThat(byArrival)
                .extracting(r -> r.getLong("arrival"))
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, RACERS).mapToObj(Long::valueOf).toList());
        assertThat(byArrival.subList(0, SEATS)).allMatch(r -> "CONFIRMED".equals(r.getString("status")));
        assertThat(byArrival.subList(SEATS, RACERS))
                .extracting(r -> r.getInt("position"))
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, RACERS - SEATS).boxed().toList());
        assertThat(byArrival)
                .extracting(r -> r.getString("registeredAt"))
                .isSortedAccordingTo(Comparator.comparing(java.time.Instant::parse));

        List<String> waitlist = given().auth()
                .oauth2(coordinatorToken())
                .when()
                .get("/events/{id}/waitlist", event)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id", String.class);
        assertThat(waitlist)
                .containsExactlyElementsOf(byArrival.subList(SEATS, RACERS).stream()
                        .map(r -> r.getString("id"))
                        .toList());
        given().auth()
                .oauth2(coordinatorToken())
                .when()
                .get("/events/{id}", event)
                .then()
                .statusCode(200)
                .body("seatsTaken", org.hamcrest.Matchers.equalTo(SEATS));
    }
}
