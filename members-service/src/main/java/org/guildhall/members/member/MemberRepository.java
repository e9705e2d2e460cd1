package org.guildhall.members.member;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, String> {

    /** Active memberships past their expiry, and grace ones past their grace: locked, so one job moves each. */
    public List<Member> dueForExpiry(Instant now, Instant graceStartedBefore) {
        return find(
                        "(status = ?1 and expiresAt <= ?2) or (status = ?3 and expiresAt <= ?4)",
                        MembershipStatus.ACTIVE,
                        now,
                        MembershipStatus.GRACE,
                        graceStartedBefore)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .page(0, 500)
                .list();
    }
}
