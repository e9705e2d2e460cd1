package org.guildhall.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.ForbiddenException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.guildhall.kit.edge.EdgeRefusal;
import org.guildhall.kit.edge.RefusedValue;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error a client can meet, as {@code application/problem+json} (docs/security.md). Nothing internal leaks. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(ProblemException e) {
        if (e instanceof org.guildhall.kit.edge.CallerBudget.TooManyRequests tooMany) {
            return e.problem().toResponse(tooMany.retryAfterSeconds());
        }
        return e.retryAfter()
                .map(wait -> e.problem().toResponse(Math.max(1, wait.toSeconds())))
                .orElseGet(() -> e.problem().toResponse());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(violation -> new Problem.Violation(field(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream()
                .map(violation -> violation.field() + " " + violation.message())
                .collect(Collectors.joining("; "));
        return Problem.invalid(detail, violations).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        String detail = "The request body is not valid JSON";
        List<Problem.Violation> violations = List.of();
        if (e instanceof RefusedValue refused) {
            String field = refused.getPath().isEmpty() ? "body" : path(refused.getPath());
            return EdgeRefusal.problem(field, refused.reason()).toResponse();
        }
        if (e instanceof InvalidNullException nulled && !nulled.getPath().isEmpty()) {
            return EdgeRefusal.problem(path(nulled.getPath()), "must not be null")
                    .toResponse();
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping.getPath());
            detail = "The request body has a value of the wrong type at " + field;
            violations = List.of(new Problem.Violation(field, "has the wrong type"));
        } else if (e.getLocation() != null) {
            detail += " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
        }
        return new Problem(
                        Problem.invalid(detail, violations).type(), "Malformed request body", 400, detail, violations)
                .toResponse();
    }

    /** Quarkus maps this subtype itself; ours wins so the answer is a problem detail naming the field. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    /** A burst that outlasts a lock wait or the connection pool is the service being busy: 503, try again. */
    @ServerExceptionMapper
    public Response database(jakarta.persistence.PersistenceException e) {
        if (DatabaseBusy.isBusy(e)) {
            return Problem.of("busy", "Service busy", 503, "Too many requests at once; try again in a moment")
                    .toResponse();
        }
        return unexpected(e);
    }

    /**
     * Two writers raced for one row (a stale version, a unique key taken a moment earlier, a serialization failure):
     * nothing was written, and the same request sent again decides on fresh state. 409, never an opaque 500.
     */
    static Response concurrentWrite() {
        return Problem.of(
                        "concurrent-update",
                        "Changed at the same time",
                        409,
                        "Someone else changed this at the same moment and nothing was saved; read it again and retry")
                .toResponse();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of("forbidden", "Forbidden", 403, "Your roles do not allow this")
                .toResponse();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadableBody) {
            return unreadable(unreadableBody);
        }
        if (e instanceof jakarta.ws.rs.NotFoundException && e.getCause() instanceof IllegalArgumentException) {
            // JAX-RS answers a path or query parameter it cannot convert (an unknown enum value, a malformed UUID)
            // with 404; the client sent a bad value, and the converter's message would name our classes
            return Problem.of(
                            "invalid-parameter",
                            "Invalid parameter",
                            400,
                            "A path or query parameter has a value that is not allowed; see the API description")
                    .toResponse();
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return unexpected(e);
        }
        return Problem.of(
                        "http-" + status.getStatusCode(),
                        status.getReasonPhrase(),
                        status.getStatusCode(),
                        status.getStatusCode() == 404 ? "No such resource" : status.getReasonPhrase())
                .toResponse();
    }

    /**
     * Anything no other mapper answers: a race (409 {@code concurrent-update}), a busy database (503 {@code busy}), a
     * client that closed the connection before its request was read or answered (400 {@code request-incomplete},
     * logged at DEBUG: nobody reads it, and it is not our failure), else 500 {@code internal} with an error id that the
     * log names beside the stack trace.
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        if (ClientGone.isGone(e)) {
            LOG.debugf("The client closed the connection before its request was complete or answered: %s", e);
            return Problem.of(
                            "request-incomplete",
                            "Request incomplete",
                            400,
                            "The connection closed before the request was read and answered")
                    .toResponse();
        }
        if (ConcurrentWrite.isRace(e)) {
            return concurrentWrite();
        }
        if (DatabaseBusy.isBusy(e)) {
            return Problem.of("busy", "Service busy", 503, "Too many requests at once; try again in a moment")
                    .toResponse();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s", errorId);
        return Problem.of(
                        "internal",
                        "Internal error",
                        500,
                        "Something went wrong on our side; quote error " + errorId + " when you report it")
                .toResponse();
    }

    private static String field(ConstraintViolation<?> violation) {
        // join(request).displayName -> displayName: the client knows its body and query, not our method names
        String parameter = null;
        StringBuilder property = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> {
                    parameter = node.getName();
                    property.setLength(0);
                }
                case PROPERTY, BEAN, CONTAINER_ELEMENT -> {
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        property.append(property.length() > 0 ? "." : "").append(node.getName());
                    }
                    if (node.getIndex() != null) {
                        property.append('[').append(node.getIndex()).append(']');
                    }
                }
                default -> {}
            }
        }
        if (property.length() > 0) {
            return property.toString();
        }
        return parameter != null ? parameter : "request";
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
