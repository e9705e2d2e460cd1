package org.guildhall.local;

/** The platform could not start: the message says what failed and where to look (usually a log file). */
public class PlatformException extends RuntimeException {

    public PlatformException(String message) {
        super(message);
    }

    public PlatformException(String message, Throwable cause) {
        super(message, cause);
    }
}
