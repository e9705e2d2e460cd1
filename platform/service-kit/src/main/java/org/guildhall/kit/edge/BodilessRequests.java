package org.guildhall.kit.edge;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * A request with no body has no media type worth the name (none at all from {@code curl -X POST}, a form type from
 * {@code curl -d ''} and most HTTP clients), and operations that read JSON would refuse it with 415. Such a request is
 * read as JSON with no body, so an optional body (events' registering: {@code RegisterRequest}) may really be left
 * out, and a required one is refused as missing (400) rather than as the wrong media type, in every service (issue 11
 * §6: what the OpenAPI document says of a body's presence is what the service does).
 */
@Provider
@PreMatching
public class BodilessRequests implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (!carriesBody(request)) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    private static boolean carriesBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") != null
                || (length != null && !length.strip().equals("0"));
    }
}
