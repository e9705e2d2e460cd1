package org.guildhall.notifications.delivery;

import java.util.Optional;

/**
 * How the delivery feature learns whom it writes to, without knowing where members are kept: the membership feature
 * answers from its read model. Empty while this service has not heard of the member yet.
 */
public interface Recipients {

    Optional<Recipient> of(String memberId);
}
