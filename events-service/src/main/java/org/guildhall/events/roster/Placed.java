package org.guildhall.events.roster;

/**
 * A volunteer place as a change of the roster leaves it: the place, its volunteer's name as the read model knows it
 * (null when it does not), and while it waits its position on the shift's waitlist (1 = next; 0 when not waiting).
 */
public record Placed(VolunteerPlace place, String volunteerName, int position) {}
