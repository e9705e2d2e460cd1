package org.guildhall.contracts;

/** One topic per producing context (docs/messaging.md). The record key is the aggregate id. */
public final class Topics {

    public static final String MEMBERSHIP = "guildhall.membership";
    public static final String EVENTS = "guildhall.events";
    public static final String MENTORING = "guildhall.mentoring";

    private Topics() {}

    /** Where a consumer group parks the messages of {@code topic} that it could not handle. */
    public static String deadLetter(String topic, String consumerGroup) {
        return topic + ".dlq." + consumerGroup;
    }
}
