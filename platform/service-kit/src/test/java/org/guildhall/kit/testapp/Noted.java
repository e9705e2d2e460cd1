package org.guildhall.kit.testapp;

import java.util.UUID;
import org.guildhall.contracts.EventType;

/** The payload of the kit tests' events: something was noted, the n-th time. */
public record Noted(String text, int n) {

    /** A type of its own topic, so a test reads only what it published. */
    public static EventType<Noted> freshType() {
        return new EventType<>("kit.test." + UUID.randomUUID(), "Noted", 1, Noted.class);
    }
}
