package org.guildhall.notifications.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * A webhook receiver on loopback, as an integrator would write one: it checks each request's signature with the
 * secret, answers by the number of times it has seen the {@code webhook-id} ({@code answer}), and acts on an id once.
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(
            String webhookId, String timestamp, String signature, String body, boolean signatureValid, int answer) {}

    private final HttpServer server;
    private final IntUnaryOperator answer;
    private final List<Received> received = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private final Set<String> actedOn = new LinkedHashSet<>();
    private final List<String> actedTwice = new ArrayList<>();
    private volatile String secret;

    /** {@code answer}: the status for the n-th request (1, 2, ...) carrying one webhook-id. */
    WebhookReceiver(IntUnaryOperator answer) throws IOException {
        this.answer = answer;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", this::handle);
        server.createContext("/elsewhere", exchange -> {
            synchronized (this) {
                received.add(new Received("elsewhere", null, null, null, false, 200));
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    static WebhookReceiver failingTwiceThenAccepting() throws IOException {
        return new WebhookReceiver(nth -> nth <= 2 ? 500 : 200);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    String elsewhere() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/elsewhere";
    }

    void secret(String secret) {
        this.secret = secret;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
        boolean valid = id != null
                && timestamp != null
                && signature != null
                && signature.equals(WebhookSignature.sign(secret, id, Long.parseLong(timestamp), body));
        int status;
        synchronized (this) {
            int nth = seen.merge(id, 1, Integer::sum);
            status = valid ? answer.applyAsInt(nth) : 401;
            received.add(new Received(id, timestamp, signature, body, valid, status));
            if (status >= 200 && status < 300 && !actedOn.add(id)) {
                actedTwice.add(id);
            }
        }
        if (status >= 300 && status < 400) {
            exchange.getResponseHeaders().add("location", elsewhere());
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    synchronized List<String> actedOn() {
        return List.copyOf(actedOn);
    }

    synchronized List<String> actedTwice() {
        return List.copyOf(actedTwice);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
