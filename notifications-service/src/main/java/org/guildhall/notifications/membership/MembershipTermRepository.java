package org.guildhall.notifications.membership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class MembershipTermRepository implements PanacheRepositoryBase<MembershipTerm, String> {

    /** Active memberships that end within ({@code from}, {@code until}]. */
    public List<MembershipTerm> activeEndingBetween(Instant from, Instant until) {
        return list("status = ?1 and expiresAt > ?2 and expiresAt <= ?3", MembershipTerm.ACTIVE, from, until);
    }
}
