package org.guildhall.mentoring.membership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.guildhall.kit.problem.ProblemException;
import org.guildhall.kit.readmodel.NotYetKnown;

@ApplicationScoped
public class MemberSnapshotRepository implements PanacheRepositoryBase<MemberSnapshot, String> {

    /**
     * The other party of a request made earlier must still be in good standing when it is acted on (a mentee whose
     * membership lapsed or was suspended after asking cannot be accepted): 409 {@code member-not-active} otherwise,
     * naming them as a person reads it.
     */
    public void requireStillActive(String memberId, String role) {
        Optional<MemberSnapshot> member = findByIdOptional(memberId);
        if (member.filter(MemberSnapshot::active).isEmpty()) {
            String who = member.map(MemberSnapshot::displayName)
                    .filter(name -> !name.isBlank())
                    .orElse(role);
            throw ProblemException.conflict(
                    "member-not-active",
                    who + " is no longer an active member, so this request can no longer be accepted");
        }
    }

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
