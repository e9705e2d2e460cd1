package org.guildhall.contracts.membership;

import java.util.List;
import org.guildhall.contracts.EventType;
import org.guildhall.contracts.Topics;

/** The events of the membership context, published on {@link Topics#MEMBERSHIP}, keyed by member id (connections by connection or request id, introductions by introduction id). */
public final class MembershipEvents {

    public static final EventType<MemberJoined> MEMBER_JOINED =
            new EventType<>(Topics.MEMBERSHIP, "MemberJoined", 1, MemberJoined.class);

    public static final EventType<MemberProfileUpdated> MEMBER_PROFILE_UPDATED =
            new EventType<>(Topics.MEMBERSHIP, "MemberProfileUpdated", 1, MemberProfileUpdated.class);

    public static final EventType<MembershipStatusChanged> MEMBERSHIP_STATUS_CHANGED =
            new EventType<>(Topics.MEMBERSHIP, "MembershipStatusChanged", 1, MembershipStatusChanged.class);

    public static final EventType<ConnectionRequested> CONNECTION_REQUESTED =
            new EventType<>(Topics.MEMBERSHIP, "ConnectionRequested", 1, ConnectionRequested.class);

    public static final EventType<ConnectionEstablished> CONNECTION_ESTABLISHED =
            new EventType<>(Topics.MEMBERSHIP, "ConnectionEstablished", 1, ConnectionEstablished.class);

    public static final EventType<ConnectionRemoved> CONNECTION_REMOVED =
            new EventType<>(Topics.MEMBERSHIP, "ConnectionRemoved", 1, ConnectionRemoved.class);

    public static final EventType<IntroductionRequested> INTRODUCTION_REQUESTED =
            new EventType<>(Topics.MEMBERSHIP, "IntroductionRequested", 1, IntroductionRequested.class);

    public static final EventType<IntroductionForwarded> INTRODUCTION_FORWARDED =
            new EventType<>(Topics.MEMBERSHIP, "IntroductionForwarded", 1, IntroductionForwarded.class);

    public static final EventType<IntroductionAccepted> INTRODUCTION_ACCEPTED =
            new EventType<>(Topics.MEMBERSHIP, "IntroductionAccepted", 1, IntroductionAccepted.class);

    public static final EventType<IntroductionDeclined> INTRODUCTION_DECLINED =
            new EventType<>(Topics.MEMBERSHIP, "IntroductionDeclined", 1, IntroductionDeclined.class);

    public static final EventType<IntroductionExpired> INTRODUCTION_EXPIRED =
            new EventType<>(Topics.MEMBERSHIP, "IntroductionExpired", 1, IntroductionExpired.class);

    public static final EventType<MemberErased> MEMBER_ERASED =
            new EventType<>(Topics.MEMBERSHIP, "MemberErased", 1, MemberErased.class);

    public static final EventType<MemberInvited> MEMBER_INVITED =
            new EventType<>(Topics.MEMBERSHIP, "MemberInvited", 1, MemberInvited.class);

    public static final EventType<MemberDataRequested> MEMBER_DATA_REQUESTED =
            new EventType<>(Topics.MEMBERSHIP, "MemberDataRequested", 1, MemberDataRequested.class);

    public static final List<EventType<?>> ALL = List.of(
            MEMBER_JOINED,
            MEMBER_PROFILE_UPDATED,
            MEMBERSHIP_STATUS_CHANGED,
            CONNECTION_REQUESTED,
            CONNECTION_ESTABLISHED,
            CONNECTION_REMOVED,
            INTRODUCTION_REQUESTED,
            INTRODUCTION_FORWARDED,
            INTRODUCTION_ACCEPTED,
            INTRODUCTION_DECLINED,
            INTRODUCTION_EXPIRED,
            MEMBER_ERASED,
            MEMBER_INVITED,
            MEMBER_DATA_REQUESTED);

    private MembershipEvents() {}
}
