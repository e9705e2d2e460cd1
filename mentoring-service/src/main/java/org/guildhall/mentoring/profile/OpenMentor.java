package org.guildhall.mentoring.profile;

import org.guildhall.mentoring.membership.MemberSnapshot;

/** A mentor who is an active member, accepts requests and has room. */
public record OpenMentor(MentorProfile profile, MemberSnapshot member) {}
