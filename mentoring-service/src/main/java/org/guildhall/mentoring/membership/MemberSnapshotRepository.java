package org.guildhall.mentoring.membership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.kit.readmodel.NotYetKnown;

@ApplicationScoped
public class MemberSnapshotRepository implements PanacheRepositoryBase<MemberSnapshot, String> {

    /**
     * The caller as an active member, the one rule for taking part in mentoring: a member whose joining has not
     * reached this service yet is {@link NotYetKnown} (503 and {@code Retry-After} once {@code ReadModelLag} has
     * waited), never refused; one known but not active (lapsed, suspended, pending) gets 409 {@code member-not-active}
     * whatever their token says.
     */
    public MemberSnapshot requireActive(String memberId) {
        MemberSnapshot member = findByIdOptional(memberId).orElseThrow(() -> NotYetKnown.member(memberId));
        if (!member.active()) {
            throw ProblemException.conflict("member-not-active", "Only active members take part in mentoring");
        }
        return member;
    }
}
