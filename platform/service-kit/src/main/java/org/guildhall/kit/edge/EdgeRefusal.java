package org.guildhall.kit.edge;

import java.util.List;
import org.guildhall.kit.problem.Problem;
import org.guildhall.kit.problem.ProblemException;

/** A value refused at the edge: a 400 validation problem that names the field (or parameter) and the rule. */
public final class EdgeRefusal {

    private EdgeRefusal() {}

    public static ProblemException of(String field, String reason) {
        return new ProblemException(problem(field, reason));
    }

    public static Problem problem(String field, String reason) {
        return Problem.invalid(field + " " + reason, List.of(new Problem.Violation(field, reason)));
    }
}
