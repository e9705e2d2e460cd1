package org.guildhall.events.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A kind of help an event needs (registration desk, room host), with the skills it wants. */
@Entity
@Table(name = "volunteer_role")
public class VolunteerRole {

    @Id
    private UUID id;

    @Column(name = "event_id")
    private UUID eventId;

    private String name;
    private String description;

    @Column(name = "skills_wanted")
    private String skillsWanted;

    protected VolunteerRole() {}

    public static VolunteerRole define(UUID eventId, String name, String description, List<String> skillsWanted) {
        VolunteerRole role = new VolunteerRole();
        role.id = UUID.randomUUID();
        role.eventId = eventId;
        role.change(name, description, skillsWanted);
        return role;
    }

    /** A coordinator rewrites the role: every field as given (a null description or skill list clears it). */
    public void change(String name, String description, List<String> skillsWanted) {
        this.name = name.strip();
        this.description = description;
        this.skillsWanted = skillsWanted == null
                ? ""
                : String.join(",", skillsWanted.stream().map(String::strip).toList());
    }

    public UUID id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<String> skillsWanted() {
        return skillsWanted == null || skillsWanted.isEmpty() ? List.of() : Arrays.asList(skillsWanted.split(","));
    }
}
