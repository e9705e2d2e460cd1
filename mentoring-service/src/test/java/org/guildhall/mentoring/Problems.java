package org.guildhall.mentoring;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

/** What a refused request answers: an {@code application/problem+json} of a stable type. */
public final class Problems {

    private Problems() {}

    /** A problem of {@code status} whose type ends with {@code /kind} ({@code request-already-answered}). */
    public static ResponseSpecification problem(int status, String kind) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectContentType("application/problem+json")
                .expectBody("type", endsWith("/" + kind))
                .build();
    }

    /** A 400 validation problem naming {@code field} among its violations. */
    public static ResponseSpecification invalid(String field) {
        return new ResponseSpecBuilder()
                .addResponseSpecification(problem(400, "validation"))
                .expectBody("violations.field", hasItem(field))
                .build();
    }
}
