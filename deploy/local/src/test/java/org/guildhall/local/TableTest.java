package org.guildhall.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void shouldAlignColumnsTwoSpacesApartWithoutTrailingBlanks() {
        String text = new Table("NAME", "URL", "LOG")
                .row("members-service", "http://localhost:8081", "")
                .row("x", "u", "x.log")
                .render();

        assertThat(text.lines())
                .containsExactly(
                        "NAME             URL                    LOG",
                        "members-service  http://localhost:8081",
                        "x                u                      x.log");
    }

    @Test
    void shouldRefuseARowOfTheWrongWidth() {
        assertThatThrownBy(() -> new Table("A", "B").row("only one"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a row of 1 cells in a table of 2 columns");
    }
}
