package org.guildhall.notifications.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.guildhall.notifications.notice.Notifier;
import org.guildhall.notifications.vocabulary.Notice;
import org.guildhall.notifications.vocabulary.NoticeKind;
import org.guildhall.notifications.wording.Draft;
import org.jboss.logging.Logger;

/**
 * An endpoint whose delivery failed every attempt (more than a day of retries) is disabled, and the administrator who
 * registered it is told (the service knows administrators only by what they did here).
 */
@ApplicationScoped
public class EndpointDisabling {

    private static final Logger LOG = Logger.getLogger(EndpointDisabling.class);

    private final Notifier notifier;

    EndpointDisabling(Notifier notifier) {
        this.notifier = notifier;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void disable(WebhookEndpoint endpoint, WebhookDelivery failed, Instant now) {
        String reason = "a delivery of " + failed.eventType() + " failed " + failed.attempts() + " times, last: "
                + failed.lastError();
        endpoint.disable(reason, now);
        LOG.warnf("Webhook endpoint %s disabled: %s", endpoint.id(), reason);
        notifier.tell(Draft.of(
                        Notice.reasonId("webhook-disabled", endpoint.id(), failed.id()),
                        endpoint.createdBy(),
                        NoticeKind.WEBHOOK_DISABLED)
                .with("url", endpoint.url())
                .with("eventType", failed.eventType())
                .with("attempts", failed.attempts())
                .with("lastError", failed.lastError()));
    }
}
