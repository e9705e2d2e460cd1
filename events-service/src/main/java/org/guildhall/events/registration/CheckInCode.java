package org.guildhall.events.registration;

import java.security.SecureRandom;

/** The short code a registrant shows at the door; no 0/O or 1/I to misread. */
final class CheckInCode {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LENGTH = 8;

    private CheckInCode() {}

    static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
