package org.guildhall.mentoring.profile;

import java.time.Instant;
import java.util.List;
import org.guildhall.mentoring.fit.Offer;
import org.guildhall.mentoring.membership.MemberGoal;
import org.guildhall.mentoring.membership.MemberSnapshot;
import org.guildhall.mentoring.membership.Visibility;

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

    /** The networking goals come from the member's profile and show as far as the member lets the caller see. */
    static MenteeProfileView of(MenteeProfile profile, MemberSnapshot member, Visibility audience) {
        return new MenteeProfileView(
                profile.memberId(),
                member.displayName(),
                member.shown("goals", audience, member.goals()),
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
