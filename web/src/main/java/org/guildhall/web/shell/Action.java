package org.guildhall.web.shell;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Function;
import org.guildhall.web.api.ServiceProblem;

/**
 * A button's action on a page (accept, decline, check in): calls one service and, when it is done, sends the browser
 * on with 303 See Other (post/redirect/get, so a reload does not repeat it); when the service refuses, shows the page
 * again with the refusal's sentence and the service's status.
 */
public final class Action {

    private Action() {}

    /**
     * @param call the service call
     * @param done where to go when it succeeds (a path of this application)
     * @param unavailableText the sentence for a service that did not answer
     * @param pageWithProblem renders the page with a problem sentence at its top
     */
    public static Response run(
            Runnable call, String done, String unavailableText, Function<String, Object> pageWithProblem) {
        try {
            call.run();
            return Response.seeOther(URI.create(done)).build();
        } catch (ServiceProblem refusal) {
            return Response.status(refusal.pageStatus())
                    .entity(pageWithProblem.apply(refusal.sentence(unavailableText)))
                    .build();
        }
    }
}
