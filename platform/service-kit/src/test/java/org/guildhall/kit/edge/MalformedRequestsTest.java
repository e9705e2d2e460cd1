package org.guildhall.kit.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.util.concurrent.TimeUnit;
import org.guildhall.testkit.http.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the HTTP codec refuses, answered on a raw socket as a problem detail, not as a bare status (issue 11 §8). */
class MalformedRequestsTest {

    private static Vertx vertx;
    private static HttpServer server;

    @BeforeAll
    static void serve() throws Exception {
        vertx = Vertx.vertx();
        MalformedRequests malformed = new MalformedRequests(vertx, new ObjectMapper());
        server = vertx.createHttpServer(
                        new HttpServerOptions().setMaxInitialLineLength(4096).setMaxHeaderSize(8192))
                .requestHandler(request -> request.response().end("fine"))
                .invalidRequestHandler(malformed::answer)
                .listen(0, "localhost")
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aRequestLineThatIsNotHttpShouldBeA400Problem() throws Exception {
        RawHttp.Answer answer =
                RawHttp.send("localhost", server.actualPort(), "GET / HTTP/x.y\r\nHost: x\r\n\r\n", null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":400", "/problems/malformed-request");
        assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
    }

    @Test
    void aRequestLineBeyondTheCodecsLimitShouldBeA414Problem() throws Exception {
        RawHttp.Answer answer =
                RawHttp.send("localhost", server.actualPort(), RawHttp.head("GET", "/?q=" + "a".repeat(5000)), null);

        assertThat(answer.status()).isEqualTo(414);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":414", "/problems/uri-too-long");
    }

    @Test
    void headersBeyondTheCodecsLimitShouldBeA431Problem() throws Exception {
        RawHttp.Answer answer = RawHttp.send(
                "localhost", server.actualPort(), RawHttp.head("GET", "/", "X-Padding: " + "a".repeat(9000)), null);

        assertThat(answer.status()).isEqualTo(431);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":431", "/problems/headers-too-large");
    }

    @Test
    void aWellFormedRequestShouldStillReachTheServer() throws Exception {
        RawHttp.Answer answer =
                RawHttp.send("localhost", server.actualPort(), RawHttp.head("GET", "/", "Connection: close"), null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("fine");
    }
}
