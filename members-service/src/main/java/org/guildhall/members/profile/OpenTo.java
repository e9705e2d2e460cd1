package org.guildhall.members.profile;

/** What a member is open to. */
public enum OpenTo {
    MENTORING_OTHERS,
    BEING_MENTORED,
    INFORMATIONAL_INTERVIEWS,
    VOLUNTEERING,
    COLLABORATION
}
