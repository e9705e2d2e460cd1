package org.guildhall.web.api;

/**
 * A service refused a call with a problem detail (4xx or 5xx), or could not be reached at all ({@link #unreachable}).
 * Pages catch it and show {@link Problem#detail()} as a sentence, next to the field a violation names.
 */
public class ServiceProblem extends RuntimeException {

    private final String service;
    private final Problem problem;

    public ServiceProblem(String service, Problem problem) {
        super(service + ": " + problem.status() + " " + problem.detail());
        this.service = service;
        this.problem = problem;
    }

    /** The service did not answer (down, or the connection failed): a 503 problem naming it. */
    public static ServiceProblem unreachable(String service, Throwable cause) {
        ServiceProblem problem = new ServiceProblem(
                service,
                new Problem(
                        "https://guildhall.org/problems/service-unavailable", "Service unavailable", 503, null, null));
        problem.initCause(cause);
        return problem;
    }

    public String service() {
        return service;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    public boolean notFound() {
        return problem.status() == 404;
    }

    public boolean unavailable() {
        return problem.status() == 503;
    }
}
