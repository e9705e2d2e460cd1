package org.guildhall.kit.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.kit.paging.Page;
import org.guildhall.kit.problem.Problem;

/**
 * The HTTP edge of every service (issue 11 §8), a Vert.x route ahead of routing, security and the REST layer. It
 * refuses with a problem detail, before anything resolves the path: a dot segment ({@code ..}, {@code %2e%2e}) or an
 * encoded slash or backslash in the path (never resolved to another operation), malformed percent-encoding, text that
 * is not UTF-8 (a lone surrogate) or holds a control character (NUL) in the path or a query parameter, a {@code page}
 * beyond {@link Page#MAX_PAGE}, a request line, headers or a declared body over their limits (414, 431, 413). It
 * answers every status-only failure of the HTTP layer as problem+json, and adds {@code Retry-After} to every 503 and
 * 429 that lacks one, whoever wrote it (the health checks included).
 */
@Singleton
public class HttpEdge {

    /** Ahead of Quarkus' own body-size route (order -2) and of the REST layer. */
    private static final int ORDER = -1000;

    private final ObjectMapper json;
    private final int maxUriLength;
    private final int maxHeaderBytes;
    /** The largest body of any path: {@code quarkus.http.limits.max-body-size}. */
    private final long maxBodyBytes;
    /** The largest body of every other path than {@link #largeBodyPaths}: {@code guildhall.edge.max-body-size}. */
    private final long usualBodyBytes;
    /** Path prefixes that take bodies up to {@link #maxBodyBytes} (a file upload): {@code guildhall.edge.large-body-paths}. */
    private final List<String> largeBodyPaths;

    HttpEdge(
            ObjectMapper json,
            @ConfigProperty(name = "guildhall.edge.max-uri-length", defaultValue = "8192") int maxUriLength,
            @ConfigProperty(name = "guildhall.edge.max-header-bytes", defaultValue = "16384") int maxHeaderBytes,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize,
            @ConfigProperty(name = "guildhall.edge.max-body-size") Optional<MemorySize> usualBodySize,
            @ConfigProperty(name = "guildhall.edge.large-body-paths") Optional<List<String>> largeBodyPaths) {
        this.json = json;
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.usualBodyBytes = Math.min(
                maxBodyBytes, usualBodySize.map(MemorySize::asLongValue).orElse(maxBodyBytes));
        this.largeBodyPaths = largeBodyPaths.orElse(List.of());
    }

    /** The largest body a request to {@code path} may send, in bytes. */
    long bodyLimit(String path) {
        return largeBodyPaths.stream().anyMatch(path::startsWith) ? maxBodyBytes : usualBodyBytes;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::screen);
        router.route().order(ORDER).failureHandler(this::failed);
        // a body streamed in chunks declares no length: read here up to the limit, so that one beyond it is a 413
        // problem like a declared one (the REST layer reads a body already read, and would end the answer bare)
        BodyHandler largeChunkedBodies = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        BodyHandler chunkedBodies = BodyHandler.create(false).setBodyLimit(usualBodyBytes);
        router.route().order(ORDER + 1).handler(context -> {
            HttpServerRequest request = context.request();
            if (request.getHeader("Content-Length") == null && request.getHeader("Transfer-Encoding") != null) {
                (bodyLimit(request.path()) == maxBodyBytes ? largeChunkedBodies : chunkedBodies).handle(context);
            } else {
                context.next();
            }
        });
    }

    void screen(RoutingContext context) {
        HttpServerResponse response = context.response();
        context.addHeadersEndHandler(ignored -> {
            int status = response.getStatusCode();
            if ((status == 503 || status == 429) && !response.headers().contains("Retry-After")) {
                response.putHeader("Retry-After", Integer.toString(Problem.RETRY_AFTER_SECONDS));
            }
        });
        Optional<Problem> refusal = refusal(context.request());
        if (refusal.isPresent()) {
            answer(context, refusal.get());
            return;
        }
        context.next();
    }

    /** A failure that carries only a status (a body over the limit while reading it, a bad request) as a problem. */
    void failed(RoutingContext context) {
        if (context.failure() != null
                || context.statusCode() < 400
                || context.response().headWritten()) {
            context.next();
            return;
        }
        int status = context.statusCode();
        if (status == 413) {
            answer(context, bodyTooLarge(bodyLimit(context.request().path())));
            return;
        }
        HttpResponseStatus phrase = HttpResponseStatus.valueOf(status);
        answer(context, Problem.of("http-" + status, phrase.reasonPhrase(), status, phrase.reasonPhrase()));
    }

    Optional<Problem> refusal(HttpServerRequest request) {
        String uri = request.uri();
        if (uri.length() > maxUriLength) {
            return Optional.of(Problem.of(
                    "uri-too-long",
                    "URI too long",
                    414,
                    "The request's path and query may be at most " + maxUriLength + " characters long"));
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaderBytes) {
            return Optional.of(Problem.of(
                    "headers-too-large",
                    "Request headers too large",
                    431,
                    "The request's headers may be at most " + maxHeaderBytes + " bytes long"));
        }
        String declaredLength = request.getHeader("Content-Length");
        long bodyLimit = bodyLimit(request.path());
        if (declaredLength != null && tooLong(declaredLength, bodyLimit)) {
            return Optional.of(bodyTooLarge(bodyLimit));
        }
        int schemeEnd = uri.indexOf("://");
        if (schemeEnd >= 0 && schemeEnd < uri.indexOf('/')) {
            // absolute-form request target: the path starts after the authority
            int pathStart = uri.indexOf('/', schemeEnd + 3);
            uri = pathStart < 0 ? "/" : uri.substring(pathStart);
        }
        int queryStart = uri.indexOf('?');
        String path = queryStart < 0 ? uri : uri.substring(0, queryStart);
        String query = queryStart < 0 ? "" : uri.substring(queryStart + 1);
        Optional<String> pathRefusal = pathRefusal(path);
        if (pathRefusal.isPresent()) {
            return Optional.of(EdgeRefusal.problem("path", pathRefusal.get()));
        }
        return queryRefusal(query);
    }

    private static Problem bodyTooLarge(long limit) {
        return Problem.of(
                "body-too-large",
                "Request body too large",
                413,
                "The request body may be at most " + limit + " bytes long");
    }

    private static boolean tooLong(String declaredLength, long limit) {
        try {
            return Long.parseLong(declaredLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static Optional<String> pathRefusal(String path) {
        for (String raw : path.split("/", -1)) {
            Optional<String> segment = decoded(raw, false);
            if (segment.isEmpty()) {
                return Optional.of("must be percent-encoded UTF-8 text");
            }
            String text = segment.get();
            if (text.equals(".") || text.equals("..")) {
                return Optional.of("must not contain a dot segment (. or ..)");
            }
            if (text.indexOf('/') >= 0 || text.indexOf('\\') >= 0) {
                return Optional.of("must not contain an encoded slash or a backslash");
            }
            if (hasControl(text)) {
                return Optional.of("must not contain control characters such as NUL");
            }
        }
        return Optional.empty();
    }

    static Optional<Problem> queryRefusal(String query) {
        if (query.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            Optional<String> name = decoded(equals < 0 ? pair : pair.substring(0, equals), true);
            Optional<String> value = equals < 0 ? Optional.of("") : decoded(pair.substring(equals + 1), true);
            if (name.isEmpty() || hasControl(name.get())) {
                return Optional.of(
                        EdgeRefusal.problem("query", "must be percent-encoded UTF-8 text without control characters"));
            }
            if (value.isEmpty()) {
                return Optional.of(EdgeRefusal.problem(name.get(), "must be percent-encoded UTF-8 text"));
            }
            if (hasControl(value.get())) {
                return Optional.of(EdgeRefusal.problem(name.get(), "must not contain control characters such as NUL"));
            }
            if (name.get().equals("page") && beyondLastPage(value.get().trim())) {
                return Optional.of(EdgeRefusal.problem("page", "must be at most " + Page.MAX_PAGE));
            }
        }
        return Optional.empty();
    }

    private static boolean beyondLastPage(String page) {
        if (!page.matches("\\+?[0-9]+")) {
            return false; // not a number: the REST layer refuses it
        }
        String digits = page.replaceFirst("^\\+?0*", "");
        return digits.length() > 9 || (!digits.isEmpty() && Integer.parseInt(digits) > Page.MAX_PAGE);
    }

    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.getType(text.charAt(i)) == Character.CONTROL) {
                return true;
            }
        }
        return false;
    }

    /** Percent-decoded strict UTF-8, or empty when the escapes are malformed or the bytes are not UTF-8. */
    static Optional<String> decoded(String raw, boolean plusIsSpace) {
        if (raw.indexOf('%') < 0 && !(plusIsSpace && raw.indexOf('+') >= 0)) {
            return Optional.of(raw);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private void answer(RoutingContext context, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        HttpServerResponse response = context.response();
        response.setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (problem.status() == 413 || problem.status() == 414 || problem.status() == 431) {
            // the rest of an oversized request is not read: this connection is done
            response.putHeader("Connection", "close");
        }
        response.end(body);
    }
}
