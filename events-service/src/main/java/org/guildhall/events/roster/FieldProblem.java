package org.guildhall.events.roster;

import java.util.List;
import org.guildhall.kit.problem.Problem;
import org.guildhall.kit.problem.ProblemException;

/**
 * A roster rule refusing one field of a request: the problem's detail reads "field: message" (as the service's other
 * refusals do) and its {@code violations} name the field, so a form shows the refusal beside it.
 */
final class FieldProblem {

    private FieldProblem() {}

    static ProblemException of(String kind, String title, int status, String field, String message) {
        Problem problem = Problem.of(kind, title, status, field + ": " + message);
        return new ProblemException(new Problem(
                problem.type(),
                problem.title(),
                problem.status(),
                problem.detail(),
                List.of(new Problem.Violation(field, message))));
    }

    static ProblemException conflict(String kind, String field, String message) {
        return of(kind, "Conflict", 409, field, message);
    }
}
