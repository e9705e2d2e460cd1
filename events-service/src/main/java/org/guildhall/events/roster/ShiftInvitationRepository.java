package org.guildhall.events.roster;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ShiftInvitationRepository implements PanacheRepositoryBase<ShiftInvitation, UUID> {

    public Optional<ShiftInvitation> find(UUID shiftId, String memberId) {
        return find("shiftId = ?1 and memberId = ?2", shiftId, memberId).firstResultOptional();
    }

    public long deleteOf(String memberId) {
        return delete("memberId", memberId);
    }
}
