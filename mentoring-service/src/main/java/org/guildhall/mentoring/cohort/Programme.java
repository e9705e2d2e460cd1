package org.guildhall.mentoring.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.contracts.mentoring.CohortMatchPublished;
import org.guildhall.kit.problem.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A cohort mentoring programme: members enrol within its window, the coordinator runs the matching as often as they
 * like (pinning and forbidding pairs between runs) and publishes the last preview once.
 */
@Entity
@Table(name = "programme")
public class Programme {

    public enum Status {
        OPEN,
        PUBLISHED
    }

    @Id
    private UUID id;

    private String name;

    @Column(name = "coordinator_id")
    private String coordinatorId;

    @Column(name = "enrolment_opens_at")
    private Instant enrolmentOpensAt;

    @Column(name = "enrolment_closes_at")
    private Instant enrolmentClosesAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Enrolment> enrolments;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pair_rules")
    private List<PairRule> pairRules;

    @JdbcTypeCode(SqlTypes.JSON)
    private MatchPreview preview;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    protected Programme() {}

    public static Programme open(String name, String coordinatorId, Instant opensAt, Instant closesAt, Instant now) {
        if (!closesAt.isAfter(opensAt)) {
            throw ProblemException.badRequest(
                    "enrolment-window-empty", "enrolmentClosesAt: the enrolment window must close after it opens");
        }
        Programme programme = new Programme();
        programme.id = UUID.randomUUID();
        programme.name = name;
        programme.coordinatorId = coordinatorId;
        programme.enrolmentOpensAt = opensAt;
        programme.enrolmentClosesAt = closesAt;
        programme.status = Status.OPEN;
        programme.enrolments = List.of();
        programme.pairRules = List.of();
        programme.createdAt = now;
        return programme;
    }

    public void enrolMentor(String memberId, int capacity, Instant now) {
        enrol(new Enrolment(memberId, Enrolment.Role.MENTOR, capacity, now));
    }

    public void enrolMentee(String memberId, Instant now) {
        enrol(new Enrolment(memberId, Enrolment.Role.MENTEE, 0, now));
    }

    private void enrol(Enrolment enrolment) {
        requireOpen();
        if (!isOpenForEnrolment(enrolment.enrolledAt())) {
            throw ProblemException.conflict(
                    "enrolment-closed", "Enrolment runs from " + enrolmentOpensAt + " to " + enrolmentClosesAt);
        }
        if (enrolmentOf(enrolment.memberId()).isPresent()) {
            throw ProblemException.conflict("already-enrolled", "You are already enrolled in this programme");
        }
        List<Enrolment> more = new ArrayList<>(enrolments);
        more.add(enrolment);
        enrolments = List.copyOf(more);
        preview = null;
    }

    /** Pins or forbids a pair of enrolled members; a pin must fit its mentor's capacity alongside the other pins. */
    public void rule(PairRule rule) {
        requireOpen();
        Enrolment mentor = enrolled(rule.mentorId(), Enrolment.Role.MENTOR, "mentorId");
        enrolled(rule.menteeId(), Enrolment.Role.MENTEE, "menteeId");
        List<PairRule> rules = new ArrayList<>(pairRules);
        rules.removeIf(existing -> existing.key().equals(rule.key()));
        if (rule.kind() == PairRule.Kind.PIN) {
            if (rules.stream()
                    .anyMatch(existing -> existing.kind() == PairRule.Kind.PIN
                            && existing.menteeId().equals(rule.menteeId()))) {
                throw ProblemException.conflict("mentee-already-pinned", "This mentee is already pinned to a mentor");
            }
            long pinned = rules.stream()
                    .filter(existing -> existing.kind() == PairRule.Kind.PIN
                            && existing.mentorId().equals(rule.mentorId()))
                    .count();
            if (pinned >= mentor.capacity()) {
                throw ProblemException.conflict(
                        "pins-exceed-capacity", "This mentor's capacity is taken by pins already");
            }
        }
        rules.add(rule);
        pairRules = List.copyOf(rules);
        preview = null;
    }

    public void recordPreview(MatchPreview preview) {
        requireOpen();
        this.preview = preview;
    }

    /** Publishes the last preview: its pairs become mentorships. */
    public List<MatchPreview.PreviewPair> publish(Instant now) {
        requireOpen();
        if (preview == null) {
            throw ProblemException.conflict(
                    "matching-not-run", "Run the matching (again) before publishing: nothing to publish yet");
        }
        status = Status.PUBLISHED;
        publishedAt = now;
        return preview.pairs();
    }

    public CohortMatchPublished published() {
        return new CohortMatchPublished(
                id.toString(),
                name,
                preview.pairs().stream()
                        .map(pair -> new CohortMatchPublished.Pair(pair.mentorId(), pair.menteeId(), pair.score()))
                        .toList(),
                publishedAt);
    }

    private Enrolment enrolled(String memberId, Enrolment.Role role, String field) {
        return enrolments.stream()
                .filter(enrolment -> enrolment.memberId().equals(memberId) && enrolment.role() == role)
                .findFirst()
                .orElseThrow(() -> ProblemException.badRequest(
                        "not-enrolled",
                        field + ": " + memberId + " is not enrolled as "
                                + role.name().toLowerCase()));
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw ProblemException.conflict("programme-published", "Programme " + id + " is already published");
        }
    }

    /** Whether members may enrol at {@code now}: not yet published, and within the enrolment window. */
    public boolean isOpenForEnrolment(Instant now) {
        return status == Status.OPEN && !now.isBefore(enrolmentOpensAt) && now.isBefore(enrolmentClosesAt);
    }

    /** How {@code memberId} takes part, if they enrolled. */
    public Optional<Enrolment> enrolmentOf(String memberId) {
        return enrolments.stream()
                .filter(enrolment -> enrolment.memberId().equals(memberId))
                .findFirst();
    }

    public List<Enrolment> mentors() {
        return enrolments.stream()
                .filter(e -> e.role() == Enrolment.Role.MENTOR)
                .toList();
    }

    public List<Enrolment> mentees() {
        return enrolments.stream()
                .filter(e -> e.role() == Enrolment.Role.MENTEE)
                .toList();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String coordinatorId() {
        return coordinatorId;
    }

    public Instant enrolmentOpensAt() {
        return enrolmentOpensAt;
    }

    public Instant enrolmentClosesAt() {
        return enrolmentClosesAt;
    }

    public Status status() {
        return status;
    }

    public List<PairRule> pairRules() {
        return pairRules;
    }

    public MatchPreview preview() {
        return preview;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
