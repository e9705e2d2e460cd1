package org.guildhall.mentoring.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.mentoring.fit.MentoringSettings;
import org.guildhall.mentoring.membership.MemberErasure;
import org.guildhall.mentoring.membership.MemberSnapshot;
import org.guildhall.mentoring.membership.MemberSnapshotRepository;

/** Who mentors and who looks for a mentor: only active members, only known topics. */
@ApplicationScoped
public class MentoringProfiles {

    private final MentorProfileRepository mentors;
    private final MenteeProfileRepository mentees;
    private final MemberSnapshotRepository members;
    private final Set<String> knownTopics;
    private final Clock clock;

    MentoringProfiles(
            MentorProfileRepository mentors,
            MenteeProfileRepository mentees,
            MemberSnapshotRepository members,
            MentoringSettings settings,
            Clock clock) {
        this.mentors = mentors;
        this.mentees = mentees;
        this.members = members;
        this.knownTopics = new LinkedHashSet<>(settings.topics());
        this.clock = clock;
    }

    public List<String> topics() {
        return List.copyOf(knownTopics);
    }

    @Transactional
    public MentorProfileView publishMentor(String memberId, MentorTerms terms) {
        MemberSnapshot member = activeMember(memberId);
        requireKnownTopics(terms.topics());
        Instant now = Instant.now(clock);
        MentorProfile profile = mentors.findByIdOptional(memberId).orElse(null);
        if (profile == null) {
            profile = MentorProfile.publish(memberId, withZone(terms, member), now);
            mentors.persist(profile);
        } else {
            profile.revise(withZone(terms, member), now);
        }
        return MentorProfileView.of(profile, member);
    }

    @Transactional
    public MentorProfileView mentor(String memberId) {
        MentorProfile profile =
                mentors.findByIdOptional(memberId).orElseThrow(() -> ProblemException.notFound("mentor", memberId));
        MemberSnapshot member = members.findByIdOptional(memberId)
                .filter(MemberSnapshot::active)
                .orElseThrow(() -> ProblemException.notFound("mentor", memberId));
        return MentorProfileView.of(profile, member);
    }

    @Transactional
    public MenteeProfileView declareMentee(String memberId, MenteeTerms terms) {
        MemberSnapshot member = activeMember(memberId);
        requireKnownTopics(terms.topics());
        Instant now = Instant.now(clock);
        MenteeProfile profile = mentees.findByIdOptional(memberId).orElse(null);
        if (profile == null) {
            profile = MenteeProfile.declare(memberId, terms, now);
            mentees.persist(profile);
        } else {
            profile.revise(terms, now);
        }
        return MenteeProfileView.of(profile, member);
    }

    @Transactional
    public MenteeProfileView mentee(String memberId) {
        MenteeProfile profile =
                mentees.findByIdOptional(memberId).orElseThrow(() -> ProblemException.notFound("mentee", memberId));
        MemberSnapshot member =
                members.findByIdOptional(memberId).orElseThrow(() -> ProblemException.notFound("mentee", memberId));
        return MenteeProfileView.of(profile, member);
    }

    /** An erased member's profiles go with them, in the transaction that purges the read model. */
    void purge(@Observes MemberErasure erasure) {
        mentors.deleteById(erasure.memberId());
        mentees.deleteById(erasure.memberId());
    }

    private MemberSnapshot activeMember(String memberId) {
        return members.findByIdOptional(memberId)
                .filter(MemberSnapshot::active)
                .orElseThrow(() ->
                        ProblemException.conflict("member-not-active", "Only active members take part in mentoring"));
    }

    private void requireKnownTopics(List<String> topics) {
        List<String> unknown = new ArrayList<>();
        for (String topic : topics) {
            if (!knownTopics.contains(topic)) {
                unknown.add(topic);
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.badRequest(
                    "unknown-topic", "topics: unknown " + String.join(", ", unknown) + " (GET /topics lists them)");
        }
    }

    /** A mentor who names no time zone keeps the one of their member profile. */
    private static MentorTerms withZone(MentorTerms terms, MemberSnapshot member) {
        if (terms.timeZone() != null) {
            return terms;
        }
        return new MentorTerms(
                terms.topics(),
                terms.industries(),
                terms.offers(),
                terms.languages(),
                member.timeZone(),
                terms.capacity(),
                terms.acceptingRequests());
    }
}
