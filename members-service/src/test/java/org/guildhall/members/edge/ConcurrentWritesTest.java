package org.guildhall.members.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.Test;

/**
 * One member writing one object from eight clients at once (issue 11 §8): each write applies or is told to retry
 * with a 409 problem; none is an opaque 500.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class ConcurrentWritesTest {

    private static final int CLIENTS = 8;
    private static final int ROUNDS = 5;

    @Test
    void shouldApplyOrAskToRetryConcurrentProfileUpdates() throws Exception {
        String ann = Community.activeMember("ann");
        List<Response> answers = concurrently(i -> given().auth()
                .oauth2(Community.member(ann))
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", "Ann " + i, "headline", "Client " + i))
                .put("/members/me"));

        assertAppliedOrToldToRetry(answers);
    }

    @Test
    void shouldApplyOrAskToRetryConcurrentRevisionsOfOneGoal() throws Exception {
        String ann = Community.activeMember("ann");
        String goal = given().auth()
                .oauth2(Community.member(ann))
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "FIND_MENTOR", "description", "first"))
                .post("/members/me/goals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<Response> answers = concurrently(i -> given().auth()
                .oauth2(Community.member(ann))
                .contentType(ContentType.JSON)
                .body(Map.of("description", "revision " + i))
                .put("/members/me/goals/" + goal));

        assertAppliedOrToldToRetry(answers);
    }

    @Test
    void shouldApplyOrRefuseConcurrentConnectionRequestsToOneMember() throws Exception {
        String bea = Community.activeMember("bea");
        List<String> askers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            askers.add(Community.activeMember("asker"));
        }
        List<Response> answers = concurrently(i -> given().auth()
                .oauth2(Community.member(askers.get(i % CLIENTS)))
                .contentType(ContentType.JSON)
                .body(Map.of("recipientId", bea, "note", "Hello"))
                .post("/connections/requests"));

        assertThat(answers)
                .allSatisfy(answer ->
                        assertThat(answer.statusCode()).as(answer.asString()).isLessThan(500));
    }

    private static List<Response> concurrently(IntFunction<Response> request) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < CLIENTS * ROUNDS; i++) {
                int client = i;
                calls.add(() -> request.apply(client));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : clients.invokeAll(calls)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            clients.shutdownNow();
        }
    }

    private static void assertAppliedOrToldToRetry(List<Response> answers) {
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).as(answer.asString()).isIn(200, 409);
            if (answer.statusCode() == 409) {
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.asString()).contains("retry");
            }
        });
        assertThat(answers).anySatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
    }
}
