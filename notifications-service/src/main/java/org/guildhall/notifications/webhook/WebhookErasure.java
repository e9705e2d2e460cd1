package org.guildhall.notifications.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.guildhall.contracts.membership.MemberErased;
import org.guildhall.contracts.membership.MembershipEvents;

/**
 * Erasure (issue 16): the bodies of webhook deliveries that name an erased member are erased in the transaction that
 * handles {@code MemberErased} for the notices, as every other feature's rows are. The webhook intake does the same
 * when its own consumer reaches that {@code MemberErased}, which covers events it keeps after the notices' handler ran.
 */
@ApplicationScoped
public class WebhookErasure {

    private final WebhookDeliveryRepository deliveries;

    WebhookErasure(WebhookDeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    void memberErased(@Observes MemberErased erased) {
        deliveries.eraseAbout(erased.memberId(), MembershipEvents.MEMBER_ERASED.type());
    }
}
