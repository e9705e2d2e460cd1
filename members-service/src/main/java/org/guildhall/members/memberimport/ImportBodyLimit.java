package org.guildhall.members.memberimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.kit.problem.Problem;

/**
 * An import file may be 50 MB, so this service's body limit ({@code quarkus.http.limits.max-body-size}) is 51 MB; every
 * other path keeps the platform's bound ({@code guildhall.members.max-body-size}, 256 KB): a declared body over it is a
 * 413 problem before anything reads it. (A kit-wide "this route takes large bodies" would serve every service; until
 * then the one path that needs it lives here.)
 */
@ApplicationScoped
public class ImportBodyLimit {

    /** Right after the kit's edge (-1000). */
    private static final int ORDER = -999;

    private static final String IMPORTS = "/members/imports";

    private final ObjectMapper json;
    private final long maxBodyBytes;

    ImportBodyLimit(
            ObjectMapper json,
            @ConfigProperty(name = "guildhall.members.max-body-size", defaultValue = "256K") MemorySize maxBodySize) {
        this.json = json;
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::screen);
    }

    void screen(RoutingContext context) {
        String declared = context.request().getHeader("Content-Length");
        String path = context.request().path();
        if (declared != null && !path.startsWith(IMPORTS) && tooLong(declared)) {
            Problem problem = Problem.of(
                    "body-too-large",
                    "Request body too large",
                    413,
                    "The request body may be at most " + maxBodyBytes + " bytes long");
            String body;
            try {
                body = json.writeValueAsString(problem);
            } catch (JsonProcessingException e) {
                body = "{\"status\":413}";
            }
            context.response()
                    .setStatusCode(413)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(body);
            return;
        }
        context.next();
    }

    private boolean tooLong(String declared) {
        try {
            return Long.parseLong(declared.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
