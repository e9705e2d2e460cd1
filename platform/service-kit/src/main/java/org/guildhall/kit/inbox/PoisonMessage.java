package org.guildhall.kit.inbox;

/** A message that no retry can fix (no id, unreadable payload): it goes straight to the dead-letter topic. */
public class PoisonMessage extends RuntimeException {

    public PoisonMessage(String message, Throwable cause) {
        super(message, cause);
    }
}
