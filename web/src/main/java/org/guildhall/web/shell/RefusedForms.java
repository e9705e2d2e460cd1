package org.guildhall.web.shell;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A form post that quarkus-rest-csrf refuses (no token, or not its cookie's: the cookie expired while the page stood
 * open, or the browser dropped it) is answered with an empty 400. This shows the error page instead, saying what to
 * do, and keeps the 400; every other answer passes untouched.
 */
public class RefusedForms {

    private static final Annotation[] NONE = new Annotation[0];

    @Inject
    Text text;

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 400 || response.hasEntity() || !"POST".equals(request.getMethod())) {
            return;
        }
        response.setEntity(
                ErrorPages.Templates.error(
                                400, text.error_form_refused_heading(), text.error_form_refused(), ErrorPages.WAY_HOME)
                        .render(),
                NONE,
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }
}
