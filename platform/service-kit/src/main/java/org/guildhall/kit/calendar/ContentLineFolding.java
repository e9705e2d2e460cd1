package org.guildhall.kit.calendar;

/**
 * RFC 5545 §3.1: a content line longer than 75 octets is folded into lines of at most 75 octets (CRLF, then one space
 * that begins the next line and counts towards its 75), never inside a multi-octet UTF-8 character. ical4j folds by
 * characters, which lets a line of non-ASCII text pass 75 octets; events' calendar feeds and notifications' .ics
 * attachments fold what ical4j wrote with this.
 */
public final class ContentLineFolding {

    public static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private ContentLineFolding() {}

    /** Folds every line of {@code unfolded}, whose lines end with CRLF. */
    public static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 32);
        int lineStart = 0;
        while (lineStart < unfolded.length()) {
            int lineEnd = unfolded.indexOf(CRLF, lineStart);
            if (lineEnd < 0) {
                lineEnd = unfolded.length();
            }
            foldLine(unfolded, lineStart, lineEnd, out);
            out.append(CRLF);
            lineStart = lineEnd + CRLF.length();
        }
        return out.toString();
    }

    private static void foldLine(String text, int from, int to, StringBuilder out) {
        int octets = 0;
        int index = from;
        while (index < to) {
            int codePoint = text.codePointAt(index);
            int width = octetsOf(codePoint);
            if (octets + width > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            index += Character.charCount(codePoint);
        }
    }

    private static int octetsOf(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        if (codePoint < 0x10000) {
            return Character.isSurrogate((char) codePoint) ? 1 : 3; // a lone surrogate is written as '?'
        }
        return 4;
    }
}
