package org.guildhall.mentoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.mentoring.Problems.problem;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules every endpoint keeps, checked on all of them (and {@link #shouldListEveryEndpoint} fails when one is
 * added without joining the list): no token is a 401, a token without a role a 403 problem, a malformed id a 400
 * problem. What each endpoint does, its validation and who owns what are the feature tests' to check.
 */
@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class EndpointSecurityTest {

    private static final TestTokens TOKENS = TestTokens.shared();

    /** {@code {uuid}} stands for an aggregate's id, {@code {member}} for a member's. */
    record Endpoint(String method, String path) {

        String concrete(String uuid) {
            return path.replace("{uuid}", uuid).replace("{member}", Community.newPersonId());
        }

        boolean takesAUuid() {
            return path.contains("{uuid}");
        }

        RequestSpecification call(RequestSpecification request) {
            // a body that would fail validation: the checks under test must come first
            return method.equals("GET")
                    ? request
                    : request.contentType(ContentType.JSON).body("{}");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/topics"),
            new Endpoint("PUT", "/mentors/{member}"),
            new Endpoint("GET", "/mentors/me"),
            new Endpoint("GET", "/mentors/{member}"),
            new Endpoint("PUT", "/mentees/{member}"),
            new Endpoint("GET", "/mentees/me"),
            new Endpoint("GET", "/mentees/{member}"),
            new Endpoint("GET", "/mentees/me/suggestions"),
            new Endpoint("POST", "/mentorship-requests"),
            new Endpoint("GET", "/mentorship-requests"),
            new Endpoint("GET", "/mentorship-requests/{uuid}"),
            new Endpoint("POST", "/mentorship-requests/{uuid}/accept"),
            new Endpoint("POST", "/mentorship-requests/{uuid}/decline"),
            new Endpoint("POST", "/mentorship-requests/{uuid}/withdraw"),
            new Endpoint("GET", "/mentorships"),
            new Endpoint("GET", "/mentorships/{uuid}"),
            new Endpoint("POST", "/mentorships/{uuid}/complete"),
            new Endpoint("POST", "/mentorships/{uuid}/end"),
            new Endpoint("POST", "/mentorships/{uuid}/sessions"),
            new Endpoint("GET", "/mentorships/{uuid}/sessions"),
            new Endpoint("POST", "/mentorships/{uuid}/goals/progress"),
            new Endpoint("POST", "/programmes"),
            new Endpoint("GET", "/programmes"),
            new Endpoint("GET", "/programmes/{uuid}"),
            new Endpoint("POST", "/programmes/{uuid}/mentors"),
            new Endpoint("POST", "/programmes/{uuid}/mentees"),
            new Endpoint("POST", "/programmes/{uuid}/pair-rules"),
            new Endpoint("POST", "/programmes/{uuid}/matching"),
            new Endpoint("GET", "/programmes/{uuid}/matching"),
            new Endpoint("GET", "/programmes/{uuid}/overview"),
            new Endpoint("POST", "/programmes/{uuid}/publish"),
            new Endpoint("PUT", "/interview-hosts/{member}"),
            new Endpoint("POST", "/informational-interviews"),
            new Endpoint("GET", "/informational-interviews"),
            new Endpoint("GET", "/informational-interviews/{uuid}"),
            new Endpoint("POST", "/informational-interviews/{uuid}/accept"),
            new Endpoint("POST", "/informational-interviews/{uuid}/propose"),
            new Endpoint("POST", "/informational-interviews/{uuid}/accept-proposal"),
            new Endpoint("POST", "/informational-interviews/{uuid}/decline"),
            new Endpoint("POST", "/informational-interviews/{uuid}/complete"),
            new Endpoint("POST", "/appreciations"),
            new Endpoint("GET", "/appreciations/{uuid}"),
            new Endpoint("GET", "/appreciations/received"),
            new Endpoint("GET", "/appreciations/prompts"),
            new Endpoint("GET", "/reports/mentoring"));

    static List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    static Stream<Endpoint> endpointsTakingAUuid() {
        return ENDPOINTS.stream().filter(Endpoint::takesAUuid);
    }

    @Test
    void shouldListEveryEndpoint() {
        Set<String> served = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.guildhall.mentoring")
                        .stream()
                        .filter(type -> type.isAnnotatedWith(Path.class))
                        .map(JavaClass::reflect)
                        .flatMap(EndpointSecurityTest::endpointsOf)
                        .collect(Collectors.toSet());

        assertThat(ENDPOINTS.stream().map(endpoint -> endpoint.method() + " " + normalised(endpoint.path())))
                .containsExactlyInAnyOrderElementsOf(served);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void shouldTurnAwayACallerWithoutAToken(Endpoint endpoint) {
        endpoint.call(given())
                .request(endpoint.method(), endpoint.concrete(UUID.randomUUID().toString()))
                .then()
                .statusCode(401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void shouldForbidATokenWithoutARole(Endpoint endpoint) {
        endpoint.call(given().auth()
                        .oauth2(TOKENS.forUser(Community.newPersonId()).roles().sign()))
                .request(endpoint.method(), endpoint.concrete(UUID.randomUUID().toString()))
                .then()
                .spec(problem(403, "forbidden"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpointsTakingAUuid")
    void shouldRefuseAMalformedId(Endpoint endpoint) {
        endpoint.call(given().auth().oauth2(TOKENS.coordinator(Community.newPersonId())))
                .request(endpoint.method(), endpoint.concrete("not-a-uuid"))
                .then()
                .spec(problem(400, "invalid-parameter"));
    }

    private static Stream<String> endpointsOf(Class<?> resource) {
        String base = resource.getAnnotation(Path.class).value();
        return Arrays.stream(resource.getMethods())
                .flatMap(method ->
                        httpMethodOf(method)
                                .map(verb -> verb + " " + normalised(base + "/" + pathOf(method)))
                                .stream());
    }

    private static java.util.Optional<String> httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return java.util.Optional.of(verb.value());
            }
        }
        return java.util.Optional.empty();
    }

    private static String pathOf(Method method) {
        Path path = method.getAnnotation(Path.class);
        return path == null ? "" : path.value();
    }

    /** One slash between segments, none at the end, every path parameter named alike. */
    private static String normalised(String path) {
        String joined = ("/" + path).replaceAll("/+", "/").replaceAll("\\{[^}]+}", "{}");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
