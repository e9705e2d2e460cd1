package org.guildhall.contracts.membership;

import java.util.List;
import org.guildhall.contracts.EventType;
import org.guildhall.contracts.Topics;

/** The events of the membership context, published on {@link Topics#MEMBERSHIP} keyed by member id. */
public final class MembershipEvents {

    public static final EventType<MemberJoined> MEMBER_JOINED =
            new EventType<>(Topics.MEMBERSHIP, "MemberJoined", 1, MemberJoined.class);
    public static final EventType<MemberProfileUpdated> MEMBER_PROFILE_UPDATED =
            new EventType<>(Topics.MEMBERSHIP, "MemberProfileUpdated", 1, MemberProfileUpdated.class);

    public static final List<EventType<?>> ALL = List.of(MEMBER_JOINED, MEMBER_PROFILE_UPDATED);

    private MembershipEvents() {}
}
