package org.guildhall.events.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.events.Fixtures.TOKENS;
import static org.guildhall.events.Fixtures.activeMember;
import static org.guildhall.events.Fixtures.conference;
import static org.guildhall.events.Fixtures.coordinatorToken;
import static org.guildhall.events.Fixtures.published;
import static org.guildhall.events.Fixtures.register;
import static org.guildhall.events.Fixtures.with;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.guildhall.events.Contention;
import org.guildhall.events.event.SeatRelease;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The event's waitlist length ({@code event.waitlisted}, issue 17 §4), from which a newcomer learns their position,
 * stays equal to its waiting registrations while members arrive, leave the line, and give up seats that pass to the
 * line, all at once.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class WaitlistLengthTest {

    private static final int SEATS = 10;

    @TestHTTPResource("/")
    URI base;

    @Inject
    MemberSnapshotRepository standings;

    @Inject
    EntityManager entityManager;

    @ParameterizedTest
    @EnumSource(SeatRelease.class)
    void shouldKeepTheWaitlistLengthEqualToTheWaitingRegistrationsThroughRacingArrivalsAndDepartures(
            SeatRelease release) throws Exception {
        String event = published(with(conference(SEATS), "seatRelease", release.name()));
        List<JsonPath> first = IntStream.range(0, 4 * SEATS)
                .mapToObj(i -> register(event, activeMember(standings, "associate")))
                .map(response -> response.then().statusCode(201).extract().jsonPath())
                .toList();
        List<JsonPath> seated = first.subList(0, SEATS);
        List<JsonPath> waiting = first.subList(SEATS, first.size());
        assertThat(waitlistLength(event)).isEqualTo(3 * SEATS);

        // at once: half the seated give up their seats (passed to the line), every third waiting member leaves, and
        // as many newcomers arrive
        List<HttpRequest> together = new ArrayList<>();
        seated.subList(0, SEATS / 2).forEach(seat -> together.add(cancel(event, seat)));
        IntStream.range(0, waiting.size())
                .filter(i -> i % 3 == 1)
                .forEach(i -> together.add(cancel(event, waiting.get(i))));
        List<String> newcomers = IntStream.range(0, SEATS)
                .mapToObj(i -> activeMember(standings, "associate"))
                .toList();
        newcomers.forEach(member -> together.add(
                Contention.post(base.resolve("events/" + event + "/registrations"), TOKENS.member(member), "{}")));
        assertThat(Contention.fireTogether(together))
                .extracting(Contention.Answer::status)
                .allMatch(status -> status == 200 || status == 201);

        long stillWaiting = waitingRegistrations(event);
        assertThat(stillWaiting).isEqualTo(3 * SEATS - SEATS / 2 - SEATS + SEATS);
        assertThat(waitlistLength(event)).isEqualTo(stillWaiting);
        // a newcomer now is the last in line, behind every waiting member
        int position = register(event, activeMember(standings, "associate"))
                .then()
                .statusCode(201)
                .extract()
                .path("position");
        assertThat(position).isEqualTo(stillWaiting + 1);
        assertThat(waitlistLength(event)).isEqualTo(stillWaiting + 1);

        given().auth()
                .oauth2(coordinatorToken())
                .contentType("application/json")
                .body("{\"reason\":\"The venue flooded\"}")
                .when()
                .post("/events/{id}/cancel", event)
                .then()
                .statusCode(200);
        assertThat(waitlistLength(event)).isZero();
        assertThat(waitingRegistrations(event)).isZero();
    }

    private HttpRequest cancel(String event, JsonPath registration) {
        return HttpRequest.newBuilder(
                        base.resolve("events/" + event + "/registrations/" + registration.getString("id")))
                .header("Authorization", "Bearer " + TOKENS.member(registration.getString("memberId")))
                .timeout(Duration.ofSeconds(60))
                .DELETE()
                .build();
    }

    private int waitlistLength(String event) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                        .createNativeQuery("select waitlisted from event where id = :id")
                        .setParameter("id", UUID.fromString(event))
                        .getSingleResult())
                .intValue());
    }

    private long waitingRegistrations(String event) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                        .createNativeQuery(
                                "select count(*) from registration where event_id = :id and status = 'WAITLISTED'")
                        .setParameter("id", UUID.fromString(event))
                        .getSingleResult())
                .intValue());
    }
}
