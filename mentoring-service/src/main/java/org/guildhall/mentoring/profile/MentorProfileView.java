package org.guildhall.mentoring.profile;

import java.time.Instant;
import java.util.List;
import org.guildhall.mentoring.fit.Offer;
import org.guildhall.mentoring.membership.MemberSnapshot;
import org.guildhall.mentoring.membership.Visibility;

/** A mentor as members see them. */
public record MentorProfileView(
        String memberId,
        String displayName,
        String headline,
        String careerStage,
        List<String> topics,
        List<String> industries,
        List<Offer> offers,
        List<String> languages,
        String timeZone,
        int capacity,
        int activeMentees,
        boolean acceptingRequests,
        Instant updatedAt) {

    /** The headline and career stage come from the member's profile and show as far as the member lets the caller see. */
    static MentorProfileView of(MentorProfile profile, MemberSnapshot member, Visibility audience) {
        return new MentorProfileView(
                profile.memberId(),
                member.displayName(),
                member.shown("headline", audience, member.headline()),
                member.shown("careerStage", audience, member.careerStage()),
                profile.topics(),
                profile.industries(),
                profile.offers(),
                profile.languages(),
                profile.timeZone(),
                profile.capacity(),
                profile.activeMentees(),
                profile.acceptingRequests(),
                profile.updatedAt());
    }
}
