package org.guildhall.notifications.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Sends due webhook deliveries from the {@code webhook_delivery} table, never from a consumer's transaction. Each round
 * locks what it takes ({@code for update skip locked}), so replicas never send the same delivery at once; a delivery
 * is at-least-once (a crash after the receiver's 2xx and before the commit sends it again, with the same
 * {@code webhook-id}, which receivers use to drop duplicates). Redirects are not followed: a 3xx is a failed attempt.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    /** Rounds one scheduled run makes while deliveries keep going out (the next of a subject waits for the one before). */
    private static final int ROUNDS_PER_RUN = 20;

    private final WebhookDeliveryRepository deliveries;
    private final WebhookEndpointRepository endpoints;
    private final EndpointAddresses addresses;
    private final EndpointDisabling disabling;
    private final WebhookSettings settings;
    private final Clock clock;
    private final HttpClient http;

    WebhookDispatcher(
            WebhookDeliveryRepository deliveries,
            WebhookEndpointRepository endpoints,
            EndpointAddresses addresses,
            EndpointDisabling disabling,
            WebhookSettings settings,
            Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.addresses = addresses;
        this.disabling = disabling;
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    @Scheduled(
            identity = "webhook-dispatch",
            every = "${guildhall.webhooks.dispatch-every:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        for (int round = 0; round < ROUNDS_PER_RUN && dispatchDue() > 0; round++) {
            // go on while something was attempted: the next delivery of a subject is due once the one before is done
        }
    }

    /** Attempts the deliveries due now; returns how many were attempted. */
    public int dispatchDue() {
        return QuarkusTransaction.requiringNew().call(() -> {
            int attempted = 0;
            for (WebhookDelivery delivery : deliveries.lockDue(Instant.now(clock), settings.batchSize())) {
                WebhookEndpoint endpoint = endpoints.findById(delivery.endpointId());
                attempt(delivery, endpoint, deliveries.bodyOf(delivery.messageId()));
                attempted++;
            }
            return attempted;
        });
    }

    private void attempt(WebhookDelivery delivery, WebhookEndpoint endpoint, String body) {
        Instant now = Instant.now(clock);
        Optional<String> refused = addresses.refusal(endpoint.url());
        if (refused.isPresent()) {
            failed(delivery, endpoint, null, "not sent: the URL " + refused.get(), now);
            return;
        }
        String webhookId = delivery.messageId().toString();
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url()))
                .timeout(settings.requestTimeout())
                .header("content-type", "application/json")
                .header("user-agent", "Guildhall-Webhooks/1")
                .header("webhook-id", webhookId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(endpoint.secret(), webhookId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                delivery.delivered(status, now);
            } else if (status >= 300 && status < 400) {
                failed(delivery, endpoint, status, "answered " + status + " (redirects are not followed)", now);
            } else {
                failed(delivery, endpoint, status, "answered " + status, now);
            }
        } catch (IOException e) {
            failed(delivery, endpoint, null, e.getClass().getSimpleName() + ": " + e.getMessage(), now);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(delivery, endpoint, null, "interrupted", now);
        }
    }

    private void failed(WebhookDelivery delivery, WebhookEndpoint endpoint, Integer status, String error, Instant now) {
        LOG.debugf(
                "Webhook %s to %s failed (attempt %d): %s",
                delivery.messageId(), endpoint.id(), delivery.attempts() + 1, error);
        if (delivery.attemptFailed(status, error, now, settings.retrySchedule())) {
            disabling.disable(endpoint, delivery, now);
        }
    }
}
