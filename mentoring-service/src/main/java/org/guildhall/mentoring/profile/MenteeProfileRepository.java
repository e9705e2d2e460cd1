package org.guildhall.mentoring.profile;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class MenteeProfileRepository implements PanacheRepositoryBase<MenteeProfile, String> {

    /** The profile with its row locked until the transaction ends: revisions of one profile queue here. */
    public Optional<MenteeProfile> lockForUpdate(String memberId) {
        return findByIdOptional(memberId, LockModeType.PESSIMISTIC_WRITE);
    }
}
