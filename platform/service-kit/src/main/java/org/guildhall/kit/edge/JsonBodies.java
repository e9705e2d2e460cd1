package org.guildhall.kit.edge;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Set;
import org.guildhall.kit.problem.Problem;
import org.guildhall.kit.problem.ProblemException;

/**
 * An operation that reads a JSON body and names no media type of its own ({@code @Consumes}) is documented as taking
 * {@code application/json} only, and takes only that (issue 11 §6): without this, JAX-RS would also read a
 * {@code text/plain} body into a record with a single text component ({@code CancelEventRequest("...")}), and an
 * event would be cancelled by a request the document says is refused. Anything else is a 415 problem.
 */
@Provider
public class JsonBodies implements ContainerRequestFilter {

    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(
            PathParam.class,
            QueryParam.class,
            HeaderParam.class,
            CookieParam.class,
            MatrixParam.class,
            FormParam.class,
            BeanParam.class,
            Context.class,
            org.jboss.resteasy.reactive.RestPath.class,
            org.jboss.resteasy.reactive.RestQuery.class,
            org.jboss.resteasy.reactive.RestHeader.class,
            org.jboss.resteasy.reactive.RestForm.class);

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType sent = request.getMediaType();
        Method method = resource.getResourceMethod();
        if (sent == null || method == null || isJson(sent) || !readsJsonBody(method)) {
            return;
        }
        throw new ProblemException(Problem.of(
                "http-415",
                "Unsupported Media Type",
                415,
                "This operation reads a JSON body (Content-Type: application/json), not " + sent.getType() + "/"
                        + sent.getSubtype()));
    }

    private static boolean isJson(MediaType type) {
        return type.getType().equalsIgnoreCase("application")
                && (type.getSubtype().equalsIgnoreCase("json")
                        || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    private static boolean readsJsonBody(Method method) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = method.getDeclaringClass().getAnnotation(Consumes.class);
        }
        if (consumes != null) {
            for (String type : consumes.value()) {
                if (!isJson(MediaType.valueOf(type))) {
                    return false; // the operation names other media types itself: the REST layer decides
                }
            }
        }
        for (Parameter parameter : method.getParameters()) {
            if (isBody(parameter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBody(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            if (NOT_THE_BODY.contains(annotation.annotationType())) {
                return false;
            }
        }
        Class<?> type = parameter.getType();
        return !type.getName().startsWith("jakarta.ws.rs.") && !type.getName().startsWith("io.vertx.");
    }
}
