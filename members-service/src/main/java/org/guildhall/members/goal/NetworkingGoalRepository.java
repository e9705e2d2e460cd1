package org.guildhall.members.goal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NetworkingGoalRepository implements PanacheRepositoryBase<NetworkingGoal, UUID> {

    public List<NetworkingGoal> of(String memberId) {
        return list("memberId", Sort.by("createdAt").and("id"), memberId);
    }

    public long deleteAllOf(String memberId) {
        return delete("memberId", memberId);
    }
}
