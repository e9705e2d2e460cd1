package org.guildhall.mentoring.cohort;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProgrammeRepository implements PanacheRepositoryBase<Programme, UUID> {

    /** Changes to one programme (enrolments, rules, runs) queue on its row. */
    public Optional<Programme> lockForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
