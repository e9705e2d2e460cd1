package org.guildhall.members.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Set;
import org.guildhall.members.membership.Member;
import org.guildhall.members.profile.CareerStage;
import org.guildhall.members.profile.OpenTo;
import org.guildhall.members.profile.Profile;
import org.guildhall.members.profile.ProfileField;
import org.guildhall.members.profile.Visibility;

/** One member in the directory, showing only what the member shows to other members (an admin sees all). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DirectoryEntry(
        String id,
        String displayName,
        String tier,
        String headline,
        String industry,
        CareerStage careerStage,
        String location,
        List<String> skills,
        List<String> topics,
        Set<OpenTo> openTo) {

    static DirectoryEntry of(Member member, boolean seesEverything) {
        Profile profile = member.profile();
        Visibility audience = seesEverything ? Visibility.PRIVATE : Visibility.MEMBERS;
        var visibility = profile.effectiveVisibility();
        return new DirectoryEntry(
                member.id(),
                member.displayName(),
                member.tier(),
                visibility.get(ProfileField.HEADLINE).shownTo(audience) ? profile.headline() : null,
                visibility.get(ProfileField.INDUSTRY).shownTo(audience) ? profile.industry() : null,
                visibility.get(ProfileField.CAREER_STAGE).shownTo(audience) ? profile.careerStage() : null,
                visibility.get(ProfileField.LOCATION).shownTo(audience) ? profile.location() : null,
                visibility.get(ProfileField.SKILLS).shownTo(audience) ? profile.skills() : null,
                visibility.get(ProfileField.TOPICS).shownTo(audience) ? profile.topics() : null,
                visibility.get(ProfileField.OPEN_TO).shownTo(audience) ? profile.openTo() : null);
    }
}
