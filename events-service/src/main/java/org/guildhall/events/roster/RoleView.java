package org.guildhall.events.roster;

import java.util.List;

public record RoleView(String id, String eventId, String name, String description, List<String> skillsWanted) {

    static RoleView of(VolunteerRole role) {
        return new RoleView(
                role.id().toString(), role.eventId().toString(), role.name(), role.description(), role.skillsWanted());
    }
}
