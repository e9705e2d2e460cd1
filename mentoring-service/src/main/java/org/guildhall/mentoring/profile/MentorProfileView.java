package org.guildhall.mentoring.profile;

import java.time.Instant;
import java.util.List;
import org.guildhall.mentoring.fit.Offer;
import org.guildhall.mentoring.membership.MemberSnapshot;

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

    static MentorProfileView of(MentorProfile profile, MemberSnapshot member) {
        return new MentorProfileView(
                profile.memberId(),
                member.displayName(),
                member.headline(),
                member.careerStage(),
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
