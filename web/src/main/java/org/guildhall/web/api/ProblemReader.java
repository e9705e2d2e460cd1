package org.guildhall.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;

/**
 * Turns a service's error answer into a {@link ServiceProblem}: its {@code application/problem+json} body when it has
 * one, otherwise a problem made of the status alone. Registered on every client of this package.
 */
final class ProblemReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ProblemReader() {}

    static ServiceProblem read(String service, Response response) {
        Problem problem = null;
        if (response.hasEntity()) {
            try {
                response.bufferEntity();
                InputStream body = response.readEntity(InputStream.class);
                problem = JSON.readValue(body, Problem.class);
            } catch (IOException | RuntimeException e) {
                problem = null;
            }
        }
        if (problem == null || problem.status() == 0) {
            problem = new Problem(
                    "about:blank", response.getStatusInfo().getReasonPhrase(), response.getStatus(), null, null);
        }
        return new ServiceProblem(service, problem);
    }
}
