package org.guildhall.mentoring.appreciation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class AppreciationRepository implements PanacheRepositoryBase<Appreciation, UUID> {

    public boolean alreadySent(String from, String to, AppreciationContext context, String contextId) {
        return count(
                        "fromMemberId = ?1 and toMemberId = ?2 and context = ?3 and contextId = ?4",
                        from,
                        to,
                        context,
                        contextId)
                > 0;
    }
}
