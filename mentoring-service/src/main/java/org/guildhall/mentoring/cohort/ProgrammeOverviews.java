package org.guildhall.mentoring.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.mentoring.fit.MentorFit;
import org.guildhall.mentoring.membership.MemberSnapshot;
import org.guildhall.mentoring.membership.MemberSnapshotRepository;
import org.guildhall.mentoring.profile.MatchingCards;
import org.guildhall.mentoring.profile.MenteeProfile;
import org.guildhall.mentoring.profile.MenteeProfileRepository;
import org.guildhall.mentoring.profile.MentorProfile;
import org.guildhall.mentoring.profile.MentorProfileRepository;

/**
 * Reads a programme as its coordinator reviews it: names from the member read model, and each proposed pair's score
 * explained with the same {@link MentorFit} that scored it, over the members' current profiles.
 */
@ApplicationScoped
public class ProgrammeOverviews {

    private final ProgrammeRepository programmes;
    private final MemberSnapshotRepository members;
    private final MentorProfileRepository mentors;
    private final MenteeProfileRepository mentees;
    private final MentorFit fit;
    private final Clock clock;

    ProgrammeOverviews(
            ProgrammeRepository programmes,
            MemberSnapshotRepository members,
            MentorProfileRepository mentors,
            MenteeProfileRepository mentees,
            MentorFit fit,
            Clock clock) {
        this.programmes = programmes;
        this.members = members;
        this.mentors = mentors;
        this.mentees = mentees;
        this.fit = fit;
        this.clock = clock;
    }

    @Transactional
    public ProgrammeOverview of(UUID id) {
        Programme programme = programmes
                .findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("programme", id.toString()));
        List<String> everyone = new ArrayList<>();
        programme.mentors().forEach(enrolment -> everyone.add(enrolment.memberId()));
        programme.mentees().forEach(enrolment -> everyone.add(enrolment.memberId()));
        programme.pairRules().forEach(rule -> {
            everyone.add(rule.mentorId());
            everyone.add(rule.menteeId());
        });
        Map<String, MemberSnapshot> snapshots = new HashMap<>();
        if (!everyone.isEmpty()) {
            members.list("memberId in ?1", everyone).forEach(member -> snapshots.put(member.memberId(), member));
        }
        List<ProgrammeOverview.NamedRule> rules = programme.pairRules().stream()
                .map(rule -> new ProgrammeOverview.NamedRule(
                        rule.mentorId(),
                        name(snapshots, rule.mentorId()),
                        rule.menteeId(),
                        name(snapshots, rule.menteeId()),
                        rule.kind().name()))
                .toList();
        return new ProgrammeOverview(
                programme.id().toString(),
                enrolled(programme.mentors(), snapshots),
                enrolled(programme.mentees(), snapshots),
                rules,
                preview(programme, snapshots));
    }

    private ProgrammeOverview.Preview preview(Programme programme, Map<String, MemberSnapshot> snapshots) {
        MatchPreview preview = programme.preview();
        if (preview == null) {
            return null;
        }
        Instant now = Instant.now(clock);
        Map<String, Integer> capacities = new HashMap<>();
        programme.mentors().forEach(enrolment -> capacities.put(enrolment.memberId(), enrolment.capacity()));
        List<ProgrammeOverview.Pair> pairs = new ArrayList<>();
        for (MatchPreview.PreviewPair pair : preview.pairs()) {
            MemberSnapshot mentor = snapshots.get(pair.mentorId());
            MemberSnapshot mentee = snapshots.get(pair.menteeId());
            MentorProfile mentorProfile = mentors.findById(pair.mentorId());
            MenteeProfile menteeProfile = mentees.findById(pair.menteeId());
            var criteria = mentor == null || mentee == null || mentorProfile == null
                    ? List.<org.guildhall.mentoring.fit.Fit.Criterion>of()
                    : fit.explain(
                                    MatchingCards.needsOf(menteeProfile, mentee, now),
                                    MatchingCards.offeringOf(
                                            mentorProfile, mentor, now, capacities.getOrDefault(pair.mentorId(), 1)))
                            .criteria();
            pairs.add(new ProgrammeOverview.Pair(
                    pair.mentorId(),
                    name(snapshots, pair.mentorId()),
                    pair.menteeId(),
                    name(snapshots, pair.menteeId()),
                    pair.score(),
                    pair.pinned(),
                    criteria));
        }
        List<ProgrammeOverview.Unmatched> unmatched = preview.unmatched().stream()
                .map(one ->
                        new ProgrammeOverview.Unmatched(one.menteeId(), name(snapshots, one.menteeId()), one.reason()))
                .toList();
        return new ProgrammeOverview.Preview(
                preview.objective().name(),
                pairs,
                unmatched,
                preview.mentees(),
                preview.matchedShare(),
                preview.meanScore(),
                preview.ranAt());
    }

    private static List<ProgrammeOverview.Enrolled> enrolled(
            List<Enrolment> enrolments, Map<String, MemberSnapshot> snapshots) {
        return enrolments.stream()
                .map(enrolment -> new ProgrammeOverview.Enrolled(
                        enrolment.memberId(),
                        name(snapshots, enrolment.memberId()),
                        enrolment.role() == Enrolment.Role.MENTOR ? enrolment.capacity() : 0,
                        enrolment.enrolledAt()))
                .toList();
    }

    private static String name(Map<String, MemberSnapshot> snapshots, String memberId) {
        MemberSnapshot member = snapshots.get(memberId);
        return member == null || member.displayName() == null ? null : member.displayName();
    }
}
