package org.guildhall.web.shell;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Sends a signed-in person who has not joined yet to the join page: every member page needs a membership. The landing
 * page, the join page, privacy and static files stay open; when members-service cannot say, the page renders and
 * shows what it can.
 */
public class JoinedGate {

    private static final Set<String> OPEN = Set.of("", "join", "privacy", "assets", "webjars", "q", "sign-out");

    /** Consoles need their role, not a membership: an administrator need not be a member. */
    private static final Set<String> CONSOLES = Set.of("admin", "reports", "coordinator");

    @Inject
    Viewer viewer;

    @ServerRequestFilter
    public Optional<Response> requireMembership(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String first = path.replaceFirst("^/", "").split("/", 2)[0];
        if (OPEN.contains(first) || CONSOLES.contains(first) || !viewer.signedIn()) {
            return Optional.empty();
        }
        if (!viewer.joined() && !viewer.membershipUnknown()) {
            return Optional.of(Response.seeOther(URI.create("/join")).build());
        }
        return Optional.empty();
    }
}
