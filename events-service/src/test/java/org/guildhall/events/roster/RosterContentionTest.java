package org.guildhall.events.roster;

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
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.guildhall.events.Contention;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestClock;
import org.junit.jupiter.api.RepeatedTest;

/** The same guarantee for volunteer places: 300 members racing for 100 places on one shift. */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class RosterContentionTest {

    private static final int PLACES = 100;
    private static final int RACERS = 300;

    @TestHTTPResource("/")
    URI base;

    @Inject
    MemberSnapshotRepository standings;

    @RepeatedTest(3)
    void threeHundredVolunteersForAHundredPlacesShouldAssignExactlyAHundredAndQueueTheRestInArrivalOrder()
            throws Exception {
        String event = published(conference(10));
        String shift = Rosters.shift(
                event,
                Rosters.registrationDesk(event),
                TestClock.CLOCK.instant().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.DAYS),
                Duration.ofHours(2),
                PLACES);
        List<String> racers = IntStream.range(0, RACERS)
                .mapToObj(i -> activeMember(standings, "associate"))
                .toList();

        List<Contention.Answer> answers = Contention.fireTogether(racers.stream()
                .map(member -> Contention.post(
                        base.resolve("events/" + event + "/shifts/" + shift + "/volunteers"),
                        TOKENS.member(member),
                        ""))
                .toList());

        assertThat(answers).extracting(Contention.Answer::status).containsOnly(201);
        List<JsonPath> byArrival = answers.stream()
                .map(answer -> new JsonPath(answer.body()))
                .sorted(Comparator.comparingLong(place -> place.getLong("arrival")))
                .toList();
        assertThat(byArrival)
                .extracting(place -> place.getLong("arrival"))
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, RACERS).mapToObj(Long::valueOf).toList());
        assertThat(byArrival.subList(0, PLACES)).allMatch(place -> "ASSIGNED".equals(place.getString("status")));
        assertThat(byArrival.subList(PLACES, RACERS))
                .extracting(place -> place.getInt("position"))
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, RACERS - PLACES).boxed().toList());

        JsonPath roster = given().auth()
                .oauth2(coordinatorToken())
                .when()
                .get("/events/{e}/roster", event)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(roster.getList("shifts[0].volunteers")).hasSize(PLACES);
        assertThat(roster.getList("shifts[0].waitlist.id", String.class))
                .containsExactlyElementsOf(byArrival.subList(PLACES, RACERS).stream()
                        .map(place -> place.getString("id"))
                        .toList());
        assertThat(roster.getInt("shifts[0].openPlaces")).isZero();
    }
}
