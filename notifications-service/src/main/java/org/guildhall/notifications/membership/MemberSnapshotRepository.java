package org.guildhall.notifications.membership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class MemberSnapshotRepository implements PanacheRepositoryBase<MemberSnapshot, String> {

    public Optional<MemberSnapshot> of(String memberId) {
        return findByIdOptional(memberId);
    }

    /** The member's name as others read it in a notification; "A member" while unknown. */
    public String nameOf(String memberId) {
        return findByIdOptional(memberId).flatMap(MemberSnapshot::displayName).orElse("A member");
    }
}
