package org.guildhall.events.roster;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class VolunteerRoleRepository implements PanacheRepositoryBase<VolunteerRole, UUID> {

    public List<VolunteerRole> ofEvent(UUID eventId) {
        return list("eventId", Sort.by("name"), eventId);
    }
}
