package org.guildhall.notifications.webhook;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.guildhall.kit.paging.Page;

@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /** Stores the event once, however often it is consumed. */
    public void storeMessageOnce(UUID id, String eventType, String subject, String body, Instant now) {
        getEntityManager()
                .createNativeQuery(
                        """
                        insert into webhook_message (id, event_type, subject, body, received_at)
                        values (:id, :type, :subject, :body, :now)
                        on conflict (id) do nothing
                        """)
                .setParameter("id", id)
                .setParameter("type", eventType)
                .setParameter("subject", subject)
                .setParameter("body", body)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** Plans the delivery once per (endpoint, event); returns whether it was new. */
    public boolean planOnce(WebhookDelivery delivery) {
        return getEntityManager()
                        .createNativeQuery(
                                """
                                insert into webhook_delivery (id, endpoint_id, message_id, event_type, subject, status,
                                    attempts, due_at, created_at, updated_at)
                                values (:id, :endpoint, :message, :type, :subject, :status, 0, :due, :created, :created)
                                on conflict on constraint webhook_delivery_once do nothing
                                """)
                        .setParameter("id", delivery.id())
                        .setParameter("endpoint", delivery.endpointId())
                        .setParameter("message", delivery.messageId())
                        .setParameter("type", delivery.eventType())
                        .setParameter("subject", delivery.subject())
                        .setParameter("status", delivery.status().name())
                        .setParameter("due", delivery.dueAt())
                        .setParameter("created", delivery.createdAt())
                        .executeUpdate()
                == 1;
    }

    /**
     * Locks up to {@code limit} deliveries due by {@code now} to enabled endpoints, each the oldest still pending of
     * its endpoint and subject (so one aggregate's events reach an endpoint in order), skipping rows another replica
     * holds.
     */
    @SuppressWarnings("unchecked")
    public List<WebhookDelivery> lockDue(Instant now, int limit) {
        return getEntityManager()
                .createNativeQuery(
                        """
                        select d.* from webhook_delivery d
                        join webhook_endpoint e on e.id = d.endpoint_id and e.enabled
                        where d.status = 'PENDING' and d.due_at <= :now
                          and not exists (
                            select 1 from webhook_delivery earlier
                            where earlier.endpoint_id = d.endpoint_id and earlier.subject = d.subject
                              and earlier.status = 'PENDING' and earlier.seq < d.seq)
                        order by d.seq
                        limit :limit
                        for update of d skip locked
                        """,
                        WebhookDelivery.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** The body sent for the event {@code messageId}. */
    public String bodyOf(UUID messageId) {
        return (String) getEntityManager()
                .createNativeQuery("select body from webhook_message where id = :id")
                .setParameter("id", messageId)
                .getSingleResult();
    }

    /** An endpoint's delivery log, newest first, narrowed to a status when given. */
    public Page<WebhookDelivery> log(UUID endpointId, WebhookDeliveryStatus status, int page, int size) {
        Parameters parameters = Parameters.with("endpoint", endpointId);
        String query = "endpointId = :endpoint";
        if (status != null) {
            query += " and status = :status";
            parameters.and("status", status);
        }
        PanacheQuery<WebhookDelivery> found = find(
                        query, Sort.descending("createdAt").and("seq", Sort.Direction.Descending), parameters)
                .page(page, size);
        return new Page<>(found.list(), page, size, found.count());
    }

    /**
     * Erasure: the events kept for webhooks that name {@code memberId} (as their subject or anywhere in their payload)
     * lose their body, and those not delivered yet are not sent; the delivery log keeps each delivery's status and
     * attempts, under the subject {@code erased}. The {@code MemberErased} event itself stays as it is, so that
     * receivers learn to forget the member too.
     *
     * @return how many kept events were erased
     */
    public int eraseAbout(String memberId, String memberErasedType) {
        var entityManager = getEntityManager();
        String naming =
                """
                select id from webhook_message
                where event_type <> :erasedType and body <> :erasedBody
                  and (subject = :id
                       or jsonb_path_exists(body::jsonb, 'strict $.** ? (@ == $id)', jsonb_build_object('id', cast(:id as text))))
                """;
        entityManager
                .createNativeQuery(
                        "delete from webhook_delivery where status = 'PENDING' and message_id in (" + naming + ")")
                .setParameter("erasedType", memberErasedType)
                .setParameter("erasedBody", ERASED_BODY)
                .setParameter("id", memberId)
                .executeUpdate();
        entityManager
                .createNativeQuery(
                        "update webhook_delivery set subject = 'erased' where message_id in (" + naming + ")")
                .setParameter("erasedType", memberErasedType)
                .setParameter("erasedBody", ERASED_BODY)
                .setParameter("id", memberId)
                .executeUpdate();
        return entityManager
                .createNativeQuery("update webhook_message set body = :erasedBody, subject = 'erased' where id in ("
                        + naming + ")")
                .setParameter("erasedType", memberErasedType)
                .setParameter("erasedBody", ERASED_BODY)
                .setParameter("id", memberId)
                .executeUpdate();
    }

    /** What an erased event's body becomes. */
    static final String ERASED_BODY = "{\"erased\":true}";
}
