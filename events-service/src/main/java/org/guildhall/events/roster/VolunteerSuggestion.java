package org.guildhall.events.roster;

import java.util.List;

/**
 * A member a coordinator could put on a shift: {@code free} when they hold no overlapping shift in any event,
 * {@code matchingSkills} the role's wanted skills they have (the score is how many), {@code openToVolunteering} as
 * their profile says, {@code invited} when a coordinator has invited them to this shift already.
 */
public record VolunteerSuggestion(
        String memberId,
        String displayName,
        boolean openToVolunteering,
        boolean free,
        List<String> matchingSkills,
        int score,
        boolean invited) {}
