package org.guildhall.mentoring;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.guildhall.contracts.membership.MemberJoined;
import org.guildhall.contracts.membership.MemberProfileUpdated;
import org.guildhall.contracts.membership.MembershipStatusChanged;
import org.guildhall.mentoring.membership.MemberSnapshot;
import org.guildhall.mentoring.membership.MemberSnapshotRepository;
import org.guildhall.testkit.TestClock;

/**
 * Members as mentoring knows them, written straight into the read model (the listener's own test feeds it through
 * Kafka). Each call makes a new person.
 */
@ApplicationScoped
public class Community {

    private final MemberSnapshotRepository snapshots;

    Community(MemberSnapshotRepository snapshots) {
        this.snapshots = snapshots;
    }

    public static String newPersonId() {
        return "person-" + UUID.randomUUID();
    }

    /** A language code no other test uses: a mentee who must share it sees only this test's mentors. */
    public static String privateLanguage() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "abc";
        return "q" + letters.substring(0, 2);
    }

    public String activeSeniorEngineer(String language) {
        return member("SENIOR", "software", List.of("data-engineering", "machine-learning"), language);
    }

    public String activeEarlyCareerMember(String language) {
        return member("EARLY_CAREER", "software", List.of("data-engineering"), language);
    }

    public String member(String careerStage, String industry, List<String> topics, String language) {
        String id = newPersonId();
        Instant now = TestClock.CLOCK.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            MemberSnapshot snapshot = MemberSnapshot.joined(new MemberJoined(
                    id,
                    "Member " + id.substring(7, 13),
                    id + "@example.org",
                    "Engineer",
                    "London",
                    "Europe/London",
                    "professional",
                    "ACTIVE",
                    now));
            snapshot.profileUpdated(new MemberProfileUpdated(
                    id,
                    "Member " + id.substring(7, 13),
                    id + "@example.org",
                    "Engineer",
                    "London",
                    "Europe/London",
                    industry,
                    careerStage,
                    List.of(),
                    topics,
                    List.of(language),
                    List.of("MENTORING_OTHERS", "INFORMATIONAL_INTERVIEWS"),
                    List.of(new MemberProfileUpdated.Goal(
                            UUID.randomUUID().toString(), "FIND_MENTOR", "Grow as an engineer", null, "OPEN")),
                    now));
            snapshots.persist(snapshot);
        });
        return id;
    }

    public void lapse(String memberId) {
        QuarkusTransaction.requiringNew().run(() -> snapshots
                .findById(memberId)
                .statusChanged(new MembershipStatusChanged(
                        memberId, "ACTIVE", "LAPSED", "professional", null, "Not renewed", TestClock.CLOCK.instant())));
    }
}
