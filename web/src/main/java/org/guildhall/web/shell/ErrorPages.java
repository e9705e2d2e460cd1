package org.guildhall.web.shell;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.guildhall.web.api.ServiceProblem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The page a person sees when a whole page cannot be shown, never a bare 500: a service refused to show it (404 for
 * an event or member that is not there, 403 for someone else's mentorship) or did not answer (503, with
 * {@code Retry-After} passed on), or the person lacks the role a page needs (a member typing a console address gets
 * 403 and this page, not the console). The service's own sentence is shown, with a way home.
 */
public class ErrorPages {

    @CheckedTemplate(basePath = "shell")
    static class Templates {
        static native TemplateInstance error(int status, String heading, String sentence, String way);
    }

    /** Where the error page sends the person on: home for a member, joining for someone without a membership. */
    static final String WAY_HOME = "home", WAY_JOIN = "join", WAY_SIGN_IN = "sign-in";

    @Inject
    Text text;

    @Inject
    Viewer viewer;

    @ServerExceptionMapper
    public Response refused(ServiceProblem refusal) {
        int status = refusal.pageStatus();
        Response.ResponseBuilder answer = Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(
                                status, heading(status), refusal.sentence(unavailable(refusal.service())), way())
                        .render());
        if (status == 503) {
            answer.header("Retry-After", "5");
        }
        return answer.build();
    }

    /** A service that could not be reached at all (connection refused, timed out): 503 with {@code Retry-After}. */
    @ServerExceptionMapper
    public Response unreachable(ProcessingException failure) {
        return Response.status(503)
                .type(MediaType.TEXT_HTML_TYPE)
                .header("Retry-After", "5")
                .entity(Templates.error(503, text.error_unavailable_heading(), text.error_unavailable(), way())
                        .render())
                .build();
    }

    /**
     * A role check refuses before the request reaches a worker thread, so this runs on the event loop, where the page's
     * question to members-service (has this person joined?) may not block: the page is rendered on a worker thread,
     * with the request's context, or the header and the way on would show "Join" to a member (issue 14's walk).
     */
    @ServerExceptionMapper
    public Uni<Response> forbidden(ForbiddenException forbidden) {
        return Uni.createFrom()
                .item(() -> Response.status(403)
                        .type(MediaType.TEXT_HTML_TYPE)
                        .entity(Templates.error(403, text.error_forbidden_heading(), text.error_forbidden(), way())
                                .render())
                        .build())
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Home for a member (or when members-service cannot say), joining for someone signed in without a membership. */
    private String way() {
        if (!viewer.signedIn()) {
            return WAY_SIGN_IN;
        }
        return viewer.joined() || viewer.membershipUnknown() ? WAY_HOME : WAY_JOIN;
    }

    private String heading(int status) {
        return switch (status) {
            case 404 -> text.error_not_found_heading();
            case 403 -> text.error_forbidden_heading();
            case 503 -> text.error_unavailable_heading();
            default -> text.error_heading();
        };
    }

    private String unavailable(String service) {
        return switch (service) {
            case "members-service" -> text.unavailable_members();
            case "events-service" -> text.unavailable_events();
            case "notifications-service" -> text.unavailable_notifications();
            default -> text.unavailable_mentoring();
        };
    }
}
