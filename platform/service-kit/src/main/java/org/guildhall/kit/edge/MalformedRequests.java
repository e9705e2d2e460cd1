package org.guildhall.kit.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.quarkus.vertx.http.HttpServerStart;
import io.quarkus.vertx.http.HttpsServerStart;
import io.vertx.core.Handler;
import io.vertx.core.Verticle;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.impl.Deployment;
import io.vertx.core.impl.VertxInternal;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.lang.reflect.Field;
import org.guildhall.kit.problem.Problem;
import org.jboss.logging.Logger;

/**
 * Answers the requests that the HTTP codec itself rejects, before any route sees them, as problem details (issue 11
 * §8): a request line longer than {@code quarkus.http.limits.max-initial-line-length} (414), headers larger than
 * {@code max-header-size} (431), and a request line or header that is not HTTP at all (400). Vert.x hands such a
 * request to its server's invalid-request handler, whose default answers with a bare status; Quarkus creates its
 * servers without a way to set that handler, so once they listen this sets it on each, through the connection handler
 * each server gives its new connections. Should Vert.x change its internals, the hook logs why it could not be set and
 * the default answer stays (the kit's and each service's raw-socket tests then fail).
 */
@Singleton
public class MalformedRequests {

    private static final Logger LOG = Logger.getLogger(MalformedRequests.class);

    private final Vertx vertx;
    private final ObjectMapper json;

    MalformedRequests(Vertx vertx, ObjectMapper json) {
        this.vertx = vertx;
        this.json = json;
    }

    /** Quarkus says so when its first server listens; the others (one per event loop) may still be starting. */
    void httpStarted(@Observes HttpServerStart started) {
        installSoon(0);
    }

    void httpsStarted(@Observes HttpsServerStart started) {
        installSoon(0);
    }

    /** The router is made before the servers listen: from then on, look for them until every one listens. */
    void routerMade(@Observes Router router) {
        installSoon(0);
    }

    private void installSoon(int attempt) {
        if (!install() && attempt < 600) {
            vertx.setTimer(100, ignored -> installSoon(attempt + 1));
        }
    }

    /** The problem for a request the codec could not read. */
    public static Problem problemFor(DecoderResult result) {
        Throwable cause = result.cause();
        if (cause instanceof TooLongHttpLineException) {
            return Problem.of(
                    "uri-too-long", "URI too long", 414, "The request line is longer than this service reads");
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return Problem.of(
                    "headers-too-large",
                    "Request headers too large",
                    431,
                    "The request's headers are larger than this service reads");
        }
        return Problem.of(
                "malformed-request",
                "Malformed request",
                400,
                "The request is not well-formed HTTP (its request line or a header could not be read)");
    }

    void answer(HttpServerRequest request) {
        Problem problem = problemFor(request.decoderResult());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        HttpServerResponse response = request.response();
        response.setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(body)
                .onComplete(ignored -> response.close());
    }

    /** Whether every HTTP server of the application listens and answers malformed requests with problems now. */
    private synchronized boolean install() {
        Handler<HttpServerRequest> handler = this::answer;
        int servers = 0;
        int starting = 0;
        try {
            VertxInternal internal = (VertxInternal) vertx;
            for (String id : vertx.deploymentIDs()) {
                Deployment deployment = internal.getDeployment(id);
                if (deployment == null) {
                    continue;
                }
                for (Verticle verticle : deployment.getVerticles()) {
                    for (Field field : verticle.getClass().getDeclaredFields()) {
                        if (HttpServer.class.isAssignableFrom(field.getType())) {
                            field.setAccessible(true);
                            Object server = field.get(verticle);
                            if (server == null) {
                                continue;
                            }
                            if (useFor(server, handler)) {
                                servers++;
                            } else {
                                starting++;
                            }
                        }
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("Malformed requests keep Vert.x's bare answers: %s", e.toString());
            return true;
        }
        boolean done = servers > 0 && starting == 0;
        if (done) {
            LOG.debugf("Malformed requests are answered as problem details by %d HTTP servers", servers);
        }
        return done;
    }

    /**
     * Sets {@code handler} as the invalid-request handler of the connections {@code server} (a listening Vert.x
     * {@code HttpServerImpl}) accepts from now on: the handler its worker gives each new connection.
     */
    private static boolean useFor(Object server, Handler<HttpServerRequest> handler)
            throws ReflectiveOperationException {
        Object worker = read(server, "io.vertx.core.net.impl.TCPServerBase", "childHandler");
        if (worker == null) {
            return false;
        }
        Object connections = read(worker, "io.vertx.core.http.impl.HttpServerWorker", "connectionHandler");
        if (connections == null) {
            return false;
        }
        Field invalid = Class.forName("io.vertx.core.http.impl.HttpServerConnectionHandler")
                .getDeclaredField("invalidRequestHandler");
        invalid.setAccessible(true);
        invalid.set(connections, handler);
        return true;
    }

    private static Object read(Object target, String declaringClass, String name) throws ReflectiveOperationException {
        Class<?> type = Class.forName(declaringClass, false, target.getClass().getClassLoader());
        if (!type.isInstance(target)) {
            return null;
        }
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }
}
