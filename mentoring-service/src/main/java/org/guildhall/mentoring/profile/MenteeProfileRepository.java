package org.guildhall.mentoring.profile;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.guildhall.kit.persistence.RowLocks;
import org.guildhall.mentoring.fit.MentoringSettings;

@ApplicationScoped
public class MenteeProfileRepository implements PanacheRepositoryBase<MenteeProfile, String> {

    private final Duration lockTimeout;

    MenteeProfileRepository(MentoringSettings settings) {
        this.lockTimeout = settings.lockTimeout();
    }

    /** The profile with its row locked until the transaction ends: revisions of one profile queue here. */
    public Optional<MenteeProfile> lock(String memberId) {
        return RowLocks.lock(getEntityManager(), MenteeProfile.class, memberId, lockTimeout, "mentee " + memberId);
    }
}
