package org.guildhall.kit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentLineFoldingTest {

    @Test
    void aLineOfAtMost75OctetsShouldStayAsItIs() {
        String line = "SUMMARY:" + "x".repeat(67) + "\r\n";

        assertThat(ContentLineFolding.fold(line)).isEqualTo(line);
    }

    @Test
    void aLongerLineShouldFoldIntoLinesOfAtMost75OctetsThatUnfoldToIt() {
        String unfolded = "DESCRIPTION:" + "Data engineering for everyone. ".repeat(12) + "\r\nEND:VEVENT\r\n";

        String folded = ContentLineFolding.fold(unfolded);

        assertThat(octetsPerLine(folded)).allMatch(octets -> octets <= ContentLineFolding.MAX_OCTETS);
        assertThat(folded.split("\r\n", -1)).hasSizeGreaterThan(3);
        assertThat(unfold(folded)).isEqualTo(unfolded);
    }

    @Test
    void aFoldShouldNeverSplitAMultiOctetCharacter() {
        // 2-, 3- and 4-octet characters, so that a fold falls next to every width
        for (String character : List.of("ü", "€", "\uD83C\uDF89")) {
            for (int prefix = 0; prefix < 4; prefix++) {
                String unfolded = "LOCATION:" + "x".repeat(prefix) + character.repeat(60) + "\r\n";

                String folded = ContentLineFolding.fold(unfolded);

                for (String line : folded.split("\r\n")) {
                    byte[] octets = line.getBytes(StandardCharsets.UTF_8);
                    assertThat(octets.length).isLessThanOrEqualTo(ContentLineFolding.MAX_OCTETS);
                    assertThat(new String(octets, StandardCharsets.UTF_8)).isEqualTo(line);
                    assertThat(line).doesNotContain("\uFFFD");
                }
                assertThat(unfold(folded)).isEqualTo(unfolded);
            }
        }
    }

    @Test
    void everyLineShouldEndWithCrlf() {
        assertThat(ContentLineFolding.fold("BEGIN:VCALENDAR\r\nEND:VCALENDAR"))
                .isEqualTo("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    }

    private static List<Integer> octetsPerLine(String folded) {
        return Arrays.stream(folded.split("\r\n"))
                .map(line -> line.getBytes(StandardCharsets.UTF_8).length)
                .toList();
    }

    private static String unfold(String folded) {
        return folded.replace("\r\n ", "");
    }
}
