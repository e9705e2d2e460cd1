package org.guildhall.mentoring.profile;

import java.time.Instant;
import java.util.List;
import org.guildhall.mentoring.fit.Offer;
import org.guildhall.mentoring.membership.MemberGoal;
import org.guildhall.mentoring.membership.MemberSnapshot;

/** A mentee's profile with the networking goals of their member profile. */
public record MenteeProfileView(
        String memberId,
        String displayName,
        List<MemberGoal> networkingGoals,
        List<String> goals,
        List<String> topics,
        List<String> industries,
        List<String> languages,
        List<Offer> seeking,
        boolean mustShareLanguage,
        Integer maxHoursApart,
        Instant updatedAt) {

    static MenteeProfileView of(MenteeProfile profile, MemberSnapshot member) {
        return new MenteeProfileView(
                profile.memberId(),
                member.displayName(),
                member.goals(),
                profile.goals(),
                profile.topics(),
                profile.industries(),
                profile.languages(),
                profile.seeking(),
                profile.mustShareLanguage(),
                profile.maxHoursApart(),
                profile.updatedAt());
    }
}
