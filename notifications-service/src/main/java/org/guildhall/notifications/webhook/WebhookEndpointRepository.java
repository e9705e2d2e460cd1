package org.guildhall.notifications.webhook;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.guildhall.kit.paging.Page;

@ApplicationScoped
public class WebhookEndpointRepository implements PanacheRepositoryBase<WebhookEndpoint, UUID> {

    public Page<WebhookEndpoint> list(int page, int size) {
        PanacheQuery<WebhookEndpoint> found =
                findAll(Sort.ascending("createdAt").and("id")).page(page, size);
        return new Page<>(found.list(), page, size, found.count());
    }

    public List<WebhookEndpoint> enabled() {
        return list("enabled", true);
    }
}
