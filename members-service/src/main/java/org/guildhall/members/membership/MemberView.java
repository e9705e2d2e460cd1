package org.guildhall.members.membership;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guildhall.members.contribution.ContributionsView;
import org.guildhall.members.goal.GoalView;
import org.guildhall.members.profile.Audience;
import org.guildhall.members.profile.CareerStage;
import org.guildhall.members.profile.OpenTo;
import org.guildhall.members.profile.Profile;
import org.guildhall.members.profile.ProfileField;
import org.guildhall.members.profile.Visibility;

/** A member as the caller may see them: hidden fields are absent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberView(
        String id,
        String displayName,
        String tier,
        MembershipStatus status,
        String email,
        String headline,
        String bio,
        String industry,
        CareerStage careerStage,
        String location,
        String timeZone,
        List<String> skills,
        List<String> topics,
        List<String> languages,
        Set<OpenTo> openTo,
        List<GoalView> goals,
        ContributionsView contributions,
        MembershipView membership,
        Map<ProfileField, Visibility> visibility) {

    /** The membership's standing, for the member, admins and coordinators. */
    public record MembershipView(MembershipStatus status, Instant expiresAt, String statusReason, Instant joinedAt) {}

    static MemberView of(Member member, Audience audience, List<GoalView> goals, ContributionsView contributions) {
        Profile profile = member.profile();
        boolean owner = audience.sees() == Visibility.PRIVATE;
        return new MemberView(
                member.id(),
                member.displayName(),
                member.tier(),
                audience.sees() == Visibility.PUBLIC ? null : member.status(),
                audience.shows(profile, ProfileField.EMAIL) ? member.email() : null,
                shown(audience, profile, ProfileField.HEADLINE, profile.headline()),
                shown(audience, profile, ProfileField.BIO, profile.bio()),
                shown(audience, profile, ProfileField.INDUSTRY, profile.industry()),
                shown(audience, profile, ProfileField.CAREER_STAGE, profile.careerStage()),
                shown(audience, profile, ProfileField.LOCATION, profile.location()),
                shown(audience, profile, ProfileField.TIME_ZONE, profile.timeZone()),
                shown(audience, profile, ProfileField.SKILLS, profile.skills()),
                shown(audience, profile, ProfileField.TOPICS, profile.topics()),
                shown(audience, profile, ProfileField.LANGUAGES, profile.languages()),
                shown(audience, profile, ProfileField.OPEN_TO, profile.openTo()),
                shown(audience, profile, ProfileField.GOALS, goals),
                shown(audience, profile, ProfileField.CONTRIBUTIONS, contributions),
                audience.seesMembership()
                        ? new MembershipView(
                                member.status(), member.expiresAt(), member.statusReason(), member.joinedAt())
                        : null,
                owner ? profile.effectiveVisibility() : null);
    }

    private static <T> T shown(Audience audience, Profile profile, ProfileField field, T value) {
        return audience.shows(profile, field) ? value : null;
    }
}
