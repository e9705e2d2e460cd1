package org.guildhall.notifications.membership;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.guildhall.notifications.delivery.Recipient;
import org.guildhall.notifications.delivery.Recipients;

/** The recipients of e-mails, from the members' snapshots. */
@ApplicationScoped
class MemberRecipients implements Recipients {

    private final MemberSnapshotRepository snapshots;

    MemberRecipients(MemberSnapshotRepository snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public Optional<Recipient> of(String memberId) {
        return snapshots
                .of(memberId)
                .map(snapshot -> new Recipient(
                        memberId,
                        snapshot.email().orElse(null),
                        snapshot.displayName().orElse(null),
                        snapshot.timeZone().orElse(null),
                        snapshot.language().orElse(null)));
    }
}
