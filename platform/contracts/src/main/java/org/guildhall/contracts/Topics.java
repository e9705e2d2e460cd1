package org.guildhall.contracts;

/** One topic per producing context (docs/messaging.md). The record key is the aggregate id. */
public final class Topics {

    public static final String MEMBERSHIP = "guildhall.membership";
    public static final String EVENTS = "guildhall.events";
    public static final String MENTORING = "guildhall.mentoring";
    /** notifications-service's: so far only its part of a member's own data archive. */
    public static final String NOTIFICATIONS = "guildhall.notifications";

    private Topics() {}

    /** Where a consumer group parks the messages of {@code topic} that it could not handle. */
    public static String deadLetter(String topic, String consumerGroup) {
        return topic + ".dlq." + consumerGroup;
    }
}
