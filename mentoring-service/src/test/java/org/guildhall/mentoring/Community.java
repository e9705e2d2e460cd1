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

    /**
     * How many private languages this JVM handed out, kept in the JVM's system properties rather than a static field:
     * the database lives as long as the JVM, and a static field would start over should Quarkus load the test classes
     * again in a new class loader (another test profile).
     */
    private static final String PRIVATE_LANGUAGES_HANDED_OUT = "guildhall.test.private-languages-handed-out";

    private final MemberSnapshotRepository snapshots;

    Community(MemberSnapshotRepository snapshots) {
        this.snapshots = snapshots;
    }

    public static String newPersonId() {
        return "person-" + UUID.randomUUID();
    }

    /**
     * A language code no other caller in this test JVM gets ({@code qaa} to {@code qzz}, the pattern {@code [a-z]{2,3}}
     * profiles accept): a mentee who must share it sees only this test's mentors. Handed out in turn, not drawn at
     * random: every test class of the module shares one database for the whole JVM, and two random picks from a small
     * space collide (the old draw had 36 codes: another test's open mentor showed up in a suggestion now and then).
     *
     * @throws IllegalStateException after 676 codes, rather than hand one out twice
     */
    public static String privateLanguage() {
        int n;
        synchronized (System.getProperties()) {
            n = Integer.getInteger(PRIVATE_LANGUAGES_HANDED_OUT, 0);
            System.setProperty(PRIVATE_LANGUAGES_HANDED_OUT, Integer.toString(n + 1));
        }
        if (n >= 26 * 26) {
            throw new IllegalStateException("all 676 private languages qaa-qzz are taken in this test JVM");
        }
        return "q" + (char) ('a' + n / 26) + (char) ('a' + n % 26);
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
