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

    /**
     * What to tell the person: the problem's detail (a sentence the service wrote for people), else its title; for a
     * service that did not answer, {@code unavailableText} (which names the service and says to try again).
     */
    public String sentence(String unavailableText) {
        if (unavailable() && problem.detail() == null) {
            return unavailableText;
        }
        return problem.detail() != null ? problem.detail() : problem.title();
    }

    /** The status a page that shows this refusal answers with: the service's own 4xx or 5xx, never a 2xx or 3xx. */
    public int pageStatus() {
        return problem.status() >= 400 ? problem.status() : 400;
    }
}
