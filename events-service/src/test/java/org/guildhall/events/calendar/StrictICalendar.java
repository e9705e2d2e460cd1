package org.guildhall.events.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Reads an iCalendar document as a strict reader would: octet by octet against RFC 5545 §3.1 (lines of at most 75
 * octets ending in CRLF, folded only between whole UTF-8 characters), then ical4j's parser without its relaxations,
 * then ical4j's validator.
 */
final class StrictICalendar {

    private StrictICalendar() {}

    static void assertFoldedWithin75Octets(byte[] document) {
        int lineStart = 0;
        int lineNumber = 1;
        for (int i = 0; i < document.length; i++) {
            if (document[i] == '\n') {
                assertThat(i).as("line %d ends in CRLF", lineNumber).isGreaterThan(lineStart);
                assertThat(document[i - 1])
                        .as("line %d ends in CRLF", lineNumber)
                        .isEqualTo((byte) '\r');
                int octets = i - 1 - lineStart;
                assertThat(octets).as("octets on line %d", lineNumber).isLessThanOrEqualTo(75);
                assertWholeCharacters(document, lineStart, octets, lineNumber);
                lineStart = i + 1;
                lineNumber++;
            }
        }
        assertThat(lineStart).as("the document ends with CRLF").isEqualTo(document.length);
    }

    private static void assertWholeCharacters(byte[] document, int from, int length, int lineNumber) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(document, from, length));
        } catch (CharacterCodingException e) {
            throw new AssertionError("line " + lineNumber + " splits a UTF-8 character", e);
        }
    }

    static Calendar parseAndValidate(byte[] document) throws Exception {
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, false);
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(document));
        ValidationResult result = calendar.validate();
        assertThat(result.getEntries()).as("ical4j validation").isEmpty();
        return calendar;
    }
}
