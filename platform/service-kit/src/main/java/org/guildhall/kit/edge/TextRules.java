package org.guildhall.kit.edge;

import java.text.Normalizer;
import java.util.Optional;

/**
 * What text may hold when it enters a service (issue 11 §3, §8). Every string: no NUL or other C0/C1 control character
 * but tab and line breaks, no lone UTF-16 surrogate (PostgreSQL refuses the first and stores the second as {@code ?}).
 * Single-line text (names, titles, headlines, roles, tags, ids: every string not marked {@link MultiLine}) also
 * refuses line breaks, tabs and the invisible characters that can disguise a name: bidirectional overrides, embeddings,
 * isolates and marks, zero-width spaces and joiners between Latin letters, the byte order mark and other format
 * characters. Accepted text is normalised to NFC, so one name has one spelling.
 */
public final class TextRules {

    private TextRules() {}

    /** Why {@code text} is refused, or empty when it may enter. */
    public static Optional<String> refusal(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("must not contain a lone UTF-16 surrogate (at character " + i + ")");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("must not contain a lone UTF-16 surrogate (at character " + i + ")");
            }
            if (c == 0) {
                return Optional.of("must not contain a NUL character (at character " + i + ")");
            }
            if (multiLine) {
                if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t') {
                    return Optional.of("must not contain control characters (at character " + i + ")");
                }
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.CONTROL
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                return Optional.of("must be a single line without control characters (at character " + i + ")");
            }
            if (type == Character.FORMAT && !joinerBetweenNonLatin(text, i)) {
                return Optional.of("must not contain invisible formatting characters such as bidirectional "
                        + "overrides or zero-width characters (at character " + i + ")");
            }
        }
        return Optional.empty();
    }

    /** NFC, the one form Guildhall stores; text already in NFC is returned as it is. */
    public static String normalised(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * {@code text} made safe for a one-line place such as a mail header, whatever it holds (text stored before the
     * edge refused such characters, or from another service's event): every control, separator and invisible format
     * character becomes a space, runs of white space collapse to one, and lone surrogates are dropped.
     */
    public static String asOneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder line = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    line.append(c).append(text.charAt(++i));
                    space = false;
                }
                continue;
            }
            int type = Character.getType(c);
            boolean blank = Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || type == Character.CONTROL
                    || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
            if (blank) {
                space = line.length() > 0;
            } else {
                if (space) {
                    line.append(' ');
                    space = false;
                }
                line.append(c);
            }
        }
        return line.toString();
    }

    /**
     * Scripts such as Persian, the Indic scripts and emoji sequences need the zero-width (non-)joiner; between Latin
     * letters or at either end it only hides something.
     */
    private static boolean joinerBetweenNonLatin(String text, int i) {
        char c = text.charAt(i);
        if (c != '\u200C' && c != '\u200D') {
            return false;
        }
        if (i == 0 || i == text.length() - 1) {
            return false;
        }
        return text.charAt(i - 1) > 0x024F && text.charAt(i + 1) > 0x024F;
    }
}
