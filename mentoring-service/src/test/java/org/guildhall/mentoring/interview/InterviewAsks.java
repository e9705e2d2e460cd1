package org.guildhall.mentoring.interview;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.guildhall.testkit.TestClock;
import org.guildhall.testkit.TestTokens;

/** Asking for an informational interview as a member's client would, for the tests of every feature that needs one. */
public final class InterviewAsks {

    private static final TestTokens TOKENS = TestTokens.shared();

    private InterviewAsks() {}

    /** {@code POST /informational-interviews}: {@code requester} asks {@code host} for a talk at {@code time}. */
    public static Response ask(String requester, String host, Instant time) {
        return given().auth()
                .oauth2(TOKENS.member(requester))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "hostId",
                        host,
                        "topic",
                        "Working on kernels",
                        "message",
                        "Could we talk for 20 minutes?",
                        "proposedTimes",
                        List.of(time.toString())))
                .post("/informational-interviews");
    }

    /** The test clock's now plus {@code days}, on the hour (UTC). */
    public static Instant soon(int days) {
        return TestClock.CLOCK.instant().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.HOURS);
    }
}
