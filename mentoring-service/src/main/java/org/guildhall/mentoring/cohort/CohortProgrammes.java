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
import java.util.function.Function;
import org.guildhall.contracts.mentoring.MentoringEvents;
import org.guildhall.kit.outbox.Outbox;
import org.guildhall.kit.paging.Page;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.mentoring.fit.MentorFit;
import org.guildhall.mentoring.membership.MemberSnapshot;
import org.guildhall.mentoring.membership.MemberSnapshotRepository;
import org.guildhall.mentoring.mentorship.Mentorship;
import org.guildhall.mentoring.mentorship.MentorshipRepository;
import org.guildhall.mentoring.profile.MenteeProfile;
import org.guildhall.mentoring.profile.MenteeProfileRepository;
import org.guildhall.mentoring.profile.MentorProfile;
import org.guildhall.mentoring.profile.MentorProfileRepository;

/** Runs cohort programmes: enrolment, pair rules, matching previews and publication. */
@ApplicationScoped
public class CohortProgrammes {

    private final ProgrammeRepository programmes;
    private final MemberSnapshotRepository members;
    private final MentorProfileRepository mentors;
    private final MenteeProfileRepository mentees;
    private final MentorshipRepository mentorships;
    private final MentorFit fit;
    private final Outbox outbox;
    private final Clock clock;

    CohortProgrammes(
            ProgrammeRepository programmes,
            MemberSnapshotRepository members,
            MentorProfileRepository mentors,
            MenteeProfileRepository mentees,
            MentorshipRepository mentorships,
            MentorFit fit,
            Outbox outbox,
            Clock clock) {
        this.programmes = programmes;
        this.members = members;
        this.mentors = mentors;
        this.mentees = mentees;
        this.mentorships = mentorships;
        this.fit = fit;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Programme open(String coordinatorId, String name, Instant opensAt, Instant closesAt) {
        Programme programme = Programme.open(name, coordinatorId, opensAt, closesAt, Instant.now(clock));
        programmes.persist(programme);
        return programme;
    }

    @Transactional
    public Programme find(UUID id) {
        return programmes.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    /** All programmes for whoever runs them; for a member, those open for enrolment now and those they are in. */
    @Transactional
    public Page<Programme> list(String memberId, boolean seesAll, int page, int size) {
        return seesAll ? programmes.all(page, size) : programmes.visibleTo(memberId, Instant.now(clock), page, size);
    }

    @Transactional
    public Programme enrolMentor(UUID id, String memberId, int capacity) {
        requireActive(memberId);
        if (mentors.findByIdOptional(memberId).isEmpty()) {
            throw ProblemException.conflict("mentor-profile-missing", "Publish your mentor profile before enrolling");
        }
        Programme programme = lock(id);
        programme.enrolMentor(memberId, capacity, Instant.now(clock));
        return programme;
    }

    @Transactional
    public Programme enrolMentee(UUID id, String memberId) {
        requireActive(memberId);
        Programme programme = lock(id);
        programme.enrolMentee(memberId, Instant.now(clock));
        return programme;
    }

    @Transactional
    public Programme rule(UUID id, PairRule rule) {
        Programme programme = lock(id);
        programme.rule(rule);
        return programme;
    }

    /** Runs the matching over the enrolled members' current profiles and keeps the result as the preview. */
    @Transactional
    public MatchPreview runMatching(UUID id, MatchObjective objective, int candidatesPerMentee) {
        Programme programme = lock(id);
        Instant now = Instant.now(clock);
        MatchingInput input = MatchingInput.of(
                programme,
                activeMembers(programme),
                byId(mentors.list("memberId in ?1", ids(programme.mentors())), MentorProfile::memberId),
                byId(mentees.list("memberId in ?1", ids(programme.mentees())), MenteeProfile::memberId),
                now);
        MatchPreview preview = input.match(fit, objective, candidatesPerMentee, now);
        programme.recordPreview(preview);
        return preview;
    }

    /** Publishes the last preview: a mentorship and a MentorshipAccepted per pair, then CohortMatchPublished. */
    @Transactional
    public Programme publish(UUID id) {
        Programme programme = lock(id);
        Instant now = Instant.now(clock);
        for (MatchPreview.PreviewPair pair : programme.publish(now)) {
            if (mentorships.activeBetween(pair.mentorId(), pair.menteeId())) {
                continue; // they already work together: nothing new starts
            }
            List<String> goals = mentees.findByIdOptional(pair.menteeId())
                    .map(MenteeProfile::goals)
                    .orElse(List.of());
            Mentorship mentorship =
                    Mentorship.fromProgramme(programme.id(), pair.mentorId(), pair.menteeId(), goals, now);
            mentorships.persist(mentorship);
            mentors.lock(pair.mentorId()).ifPresent(MentorProfile::takeCohortMentee);
            outbox.record(MentoringEvents.MENTORSHIP_ACCEPTED, mentorship.id().toString(), mentorship.accepted());
        }
        outbox.record(MentoringEvents.COHORT_MATCH_PUBLISHED, programme.id().toString(), programme.published());
        return programme;
    }

    private Map<String, MemberSnapshot> activeMembers(Programme programme) {
        List<String> everyone = new ArrayList<>(ids(programme.mentors()));
        everyone.addAll(ids(programme.mentees()));
        if (everyone.isEmpty()) {
            return Map.of();
        }
        return byId(
                members.list("memberId in ?1", everyone).stream()
                        .filter(MemberSnapshot::active)
                        .toList(),
                MemberSnapshot::memberId);
    }

    private static List<String> ids(List<Enrolment> enrolments) {
        List<String> ids = enrolments.stream().map(Enrolment::memberId).toList();
        return ids.isEmpty() ? List.of("") : ids; // "in ()" is not valid SQL
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> byId = new HashMap<>();
        items.forEach(item -> byId.put(id.apply(item), item));
        return byId;
    }

    private void requireActive(String memberId) {
        members.requireActive(memberId);
    }

    private Programme lock(UUID id) {
        return programmes.lock(id).orElseThrow(() -> notFound(id));
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("programme", id.toString());
    }
}
