package org.guildhall.members.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.problem.ProblemException;

/**
 * "Members only" means a caller who holds the role {@code member} and whose membership is in good standing now
 * ({@code ACTIVE} or {@code GRACE}, not erased). The token's role alone is not enough: it outlives a membership that
 * lapsed or was suspended.
 */
@ApplicationScoped
public class GoodStanding {

    private final MemberRepository members;

    GoodStanding(MemberRepository members) {
        this.members = members;
    }

    @Transactional
    public boolean isMemberInGoodStanding(Caller caller) {
        if (caller.isAnonymous() || !caller.hasRole(Caller.MEMBER)) {
            return false;
        }
        return members.findByIdOptional(caller.memberId())
                .filter(member -> member.status().isMember() && !member.isErased())
                .isPresent();
    }

    /** Passes a member in good standing; anyone else gets a 403 problem {@code membership-not-current}. */
    public void require(Caller caller) {
        if (!isMemberInGoodStanding(caller)) {
            throw new ProblemException(
                    "membership-not-current",
                    "Forbidden",
                    403,
                    "This is for members in good standing; your membership is not current");
        }
    }

    /** As {@link #require}, but an admin passes too. */
    public void requireOrAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            require(caller);
        }
    }
}
