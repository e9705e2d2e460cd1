package org.guildhall.members.membership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MembershipStatusChangeRepository implements PanacheRepositoryBase<MembershipStatusChange, UUID> {

    public List<MembershipStatusChange> historyOf(String memberId) {
        return list("memberId", Sort.by("changedAt").and("seq"), memberId);
    }
}
