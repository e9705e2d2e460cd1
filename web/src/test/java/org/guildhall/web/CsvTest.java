package org.guildhall.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.guildhall.web.report.Csv;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void shouldWriteACellASpreadsheetWouldReadAsAFormulaAsText() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("-2")).isEqualTo("'-2");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
        assertThat(Csv.cell(-3L)).isEqualTo("-3");
        assertThat(Csv.cell("associate")).isEqualTo("associate");
    }

    @Test
    void shouldWriteAHeaderAndRowsQuotedAsRfc4180() {
        assertThat(Csv.write(List.of("tier", "members"), List.of(List.of("a, b", 2L))))
                .isEqualTo("tier,members\r\n\"a, b\",2\r\n");
    }
}
