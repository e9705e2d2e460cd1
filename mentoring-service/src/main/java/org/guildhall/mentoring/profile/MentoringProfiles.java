package org.guildhall.mentoring.profile;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.guildhall.kit.http.ETags;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.mentoring.fit.MentoringSettings;
import org.guildhall.mentoring.membership.MemberErasure;
import org.guildhall.mentoring.membership.MemberSnapshot;
import org.guildhall.mentoring.membership.MemberSnapshotRepository;
import org.guildhall.mentoring.membership.Visibility;
import org.hibernate.exception.ConstraintViolationException;

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

    /**
     * Publishes or revises a mentor profile. With {@code ifMatch}, only if the profile is still at that version: the
     * row is locked first, so a concurrent revision waits and then sees the version move on (412).
     */
    @Transactional
    public Versioned<MentorProfileView> publishMentor(String memberId, MentorTerms terms, String ifMatch) {
        MemberSnapshot member = activeMember(memberId);
        requireKnownTopics(terms.topics());
        Instant now = Instant.now(clock);
        MentorProfile profile = mentors.lock(memberId).orElse(null);
        if (profile == null) {
            requireNoPrecondition(ifMatch, "mentor");
            profile = MentorProfile.publish(memberId, withZone(terms, member), now);
            mentors.persist(profile);
        } else {
            ETags.requireMatch(ifMatch, profile.version());
            profile.revise(withZone(terms, member), now);
        }
        flushOrConflict(mentors);
        return new Versioned<>(MentorProfileView.of(profile, member, Visibility.PRIVATE), profile.version());
    }

    /** A mentor profile as a caller who sees up to {@code audience} (see {@code ProfileAudience}) may see it. */
    @Transactional
    public Versioned<MentorProfileView> mentor(String memberId, Visibility audience) {
        MentorProfile profile =
                mentors.findByIdOptional(memberId).orElseThrow(() -> ProblemException.notFound("mentor", memberId));
        MemberSnapshot member = members.findByIdOptional(memberId)
                .filter(MemberSnapshot::active)
                .orElseThrow(() -> ProblemException.notFound("mentor", memberId));
        return new Versioned<>(MentorProfileView.of(profile, member, audience), profile.version());
    }

    /** Declares or revises a mentee profile; {@code ifMatch} as for {@link #publishMentor}. */
    @Transactional
    public Versioned<MenteeProfileView> declareMentee(String memberId, MenteeTerms terms, String ifMatch) {
        MemberSnapshot member = activeMember(memberId);
        requireKnownTopics(terms.topics());
        Instant now = Instant.now(clock);
        MenteeProfile profile = mentees.lock(memberId).orElse(null);
        if (profile == null) {
            requireNoPrecondition(ifMatch, "mentee");
            profile = MenteeProfile.declare(memberId, terms, now);
            mentees.persist(profile);
        } else {
            ETags.requireMatch(ifMatch, profile.version());
            profile.revise(terms, now);
        }
        flushOrConflict(mentees);
        return new Versioned<>(MenteeProfileView.of(profile, member, Visibility.PRIVATE), profile.version());
    }

    @Transactional
    public Versioned<MenteeProfileView> mentee(String memberId, Visibility audience) {
        MenteeProfile profile =
                mentees.findByIdOptional(memberId).orElseThrow(() -> ProblemException.notFound("mentee", memberId));
        MemberSnapshot member =
                members.findByIdOptional(memberId).orElseThrow(() -> ProblemException.notFound("mentee", memberId));
        return new Versioned<>(MenteeProfileView.of(profile, member, audience), profile.version());
    }

    /** An erased member's profiles go with them, in the transaction that purges the read model. */
    void purge(@Observes MemberErasure erasure) {
        mentors.deleteById(erasure.memberId());
        mentees.deleteById(erasure.memberId());
    }

    private MemberSnapshot activeMember(String memberId) {
        return members.requireActive(memberId);
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

    /** An {@code If-Match} names a version of something that exists; there is no profile yet to match (RFC 9110). */
    private static void requireNoPrecondition(String ifMatch, String profile) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            throw stale("There is no " + profile + " profile yet; send it without If-Match to create it");
        }
    }

    /** Flushes so the new version is the response's ETag; a profile created at the same time by another is a 412. */
    private static void flushOrConflict(PanacheRepositoryBase<?, String> repository) {
        try {
            repository.flush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw stale("The profile was created at the same time by another request; read it and reapply");
            }
            throw e;
        }
    }

    private static ProblemException stale(String detail) {
        return new ProblemException("stale-version", "Precondition failed", 412, detail);
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
