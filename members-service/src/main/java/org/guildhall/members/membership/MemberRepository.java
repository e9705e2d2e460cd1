package org.guildhall.members.membership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.kit.persistence.RowLocks;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, String> {

    private final Duration lockTimeout;

    MemberRepository(
            @ConfigProperty(name = "guildhall.members.lock-timeout", defaultValue = "2s") Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    /**
     * Active memberships past their expiry, and grace ones past their grace: locked (kit {@link RowLocks}, bounded by
     * {@code guildhall.members.lock-timeout}), so one job moves each.
     */
    public List<Member> dueForExpiry(Instant now, Instant graceStartedBefore) {
        return RowLocks.waiting(getEntityManager(), lockTimeout, "memberships due for expiry", () -> find(
                        "(status = ?1 and expiresAt <= ?2) or (status = ?3 and expiresAt <= ?4)",
                        MembershipStatus.ACTIVE,
                        now,
                        MembershipStatus.GRACE,
                        graceStartedBefore)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, 500)
                .list());
    }

    /**
     * Re-keys an erased member's kept record (and, by cascade, its status history), the changes they made and their
     * anonymous contributions
     * to {@code pseudonym}. Everything else that named the member id is gone by now.
     */
    public void moveToPseudonym(String memberId, String pseudonym) {
        flush();
        var entityManager = getEntityManager();
        entityManager
                .createNativeQuery("update member_activity set member_id = ?1 where member_id = ?2")
                .setParameter(1, pseudonym)
                .setParameter(2, memberId)
                .executeUpdate();
        entityManager
                .createNativeQuery("update membership_status_change set changed_by = ?1 where changed_by = ?2")
                .setParameter(1, pseudonym)
                .setParameter(2, memberId)
                .executeUpdate();
        entityManager
                .createNativeQuery("update member set id = ?1 where id = ?2")
                .setParameter(1, pseudonym)
                .setParameter(2, memberId)
                .executeUpdate();
        // the session's copy still carries the old id: nothing may flush it again
        entityManager.clear();
    }

    /** The imported membership, not claimed yet, of {@code email} (without regard to case), locked. */
    public java.util.Optional<String> unclaimedByEmail(String email) {
        List<?> found = getEntityManager()
                .createNativeQuery(
                        """
                        select id from member
                        where id like 'imported-%' and erased_at is null and lower(email) = lower(?1)
                        order by joined_at, id limit 1 for update
                        """)
                .setParameter(1, email)
                .getResultList();
        return found.stream().map(String.class::cast).findFirst();
    }

    /**
     * Moves an imported member, with its history (by cascade), to the id its person signs in with. The directory rows
     * are made again for the new id by the member table's trigger.
     */
    public void rekey(String importedId, String memberId) {
        flush();
        var entityManager = getEntityManager();
        entityManager
                .createNativeQuery("delete from directory_card where member_id = ?1")
                .setParameter(1, importedId)
                .executeUpdate();
        entityManager
                .createNativeQuery("delete from directory_text where member_id = ?1")
                .setParameter(1, importedId)
                .executeUpdate();
        int moved = entityManager
                .createNativeQuery("update member set id = ?1 where id = ?2")
                .setParameter(1, memberId)
                .setParameter(2, importedId)
                .executeUpdate();
        if (moved != 1) {
            throw org.guildhall.kit.problem.ProblemException.conflict(
                    "concurrent-update", "The membership was claimed a moment ago; try again");
        }
        entityManager.clear();
    }
}
