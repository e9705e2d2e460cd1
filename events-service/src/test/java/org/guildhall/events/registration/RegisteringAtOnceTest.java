package org.guildhall.events.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.events.Fixtures.TOKENS;
import static org.guildhall.events.Fixtures.activeMember;
import static org.guildhall.events.Fixtures.conference;
import static org.guildhall.events.Fixtures.published;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.guildhall.events.Contention;
import org.guildhall.events.membership.MemberSnapshotRepository;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.RepeatedTest;

/**
 * A member's live registration is read before the event's lock is taken (issue 17 §4), so requests of one member sent
 * at the same moment all pass that read; the one that commits first registers them, and the others give it back.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class RegisteringAtOnceTest {

    private static final int AT_ONCE = 12;

    @TestHTTPResource("/")
    URI base;

    @Inject
    MemberSnapshotRepository standings;

    @Inject
    EntityManager entityManager;

    @RepeatedTest(3)
    void shouldRegisterAMemberOnceWhenTheirRequestsArriveTogether() throws Exception {
        String event = published(conference(5));
        String member = activeMember(standings, "associate");
        String token = TOKENS.member(member);

        List<Contention.Answer> answers = Contention.fireTogether(IntStream.range(0, AT_ONCE)
                .mapToObj(i -> Contention.post(base.resolve("events/" + event + "/registrations"), token, "{}"))
                .toList());

        assertThat(answers).extracting(Contention.Answer::status).containsOnly(200, 201);
        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
        assertThat(answers)
                .extracting(answer -> new JsonPath(answer.body()).getString("id"))
                .containsOnly(new JsonPath(answers.stream()
                                .filter(answer -> answer.status() == 201)
                                .findFirst()
                                .orElseThrow()
                                .body())
                        .getString("id"));
        long held = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                        .createNativeQuery("select count(*) from registration where event_id = :event")
                        .setParameter("event", UUID.fromString(event))
                        .getSingleResult())
                .longValue());
        assertThat(held).isEqualTo(1);
    }
}
