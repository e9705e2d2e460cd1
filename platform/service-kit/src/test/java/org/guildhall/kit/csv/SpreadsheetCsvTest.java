package org.guildhall.kit.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void shouldQuoteEveryCellASpreadsheetWouldRun() {
        for (String formula : List.of("=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", "'quoted")) {
            assertThat(SpreadsheetCsv.cell(formula)).isEqualTo("'" + formula);
            assertThat(SpreadsheetCsv.read((String) SpreadsheetCsv.cell(formula)))
                    .isEqualTo(formula);
        }
        assertThat(SpreadsheetCsv.cell("Ada Lovelace")).isEqualTo("Ada Lovelace");
        assertThat(SpreadsheetCsv.cell(new BigDecimal("-1.5"))).isEqualTo(new BigDecimal("-1.5"));
        assertThat(SpreadsheetCsv.cell(null)).isEqualTo("");
    }

    @Test
    void shouldWriteRfc4180ThatReadsBackWithLineBreaksQuotesAndCommas() throws IOException {
        String csv = SpreadsheetCsv.write(
                List.of("name", "note"),
                List.of(List.of("Ada, Countess", "said \"hi\"\nthen left"), List.of("=HYPERLINK(\"x\")", "")));

        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertThat(csv).contains("\r\n");
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("name")).isEqualTo("Ada, Countess");
        assertThat(records.get(0).get("note")).isEqualTo("said \"hi\"\nthen left");
        assertThat(records.get(1).get("name")).isEqualTo("'=HYPERLINK(\"x\")");
    }

    /**
     * The caller owns the output (a streamed response's writer): closing the rows flushes them into it and leaves it
     * open. Before, closing the rows closed the response's writer, and the export's own flush after it failed with
     * "Stream closed", logged as an unexpected error once the CSV had gone out.
     */
    @Test
    void shouldFlushRowsIntoTheCallersOutputAndLeaveItOpen() throws IOException {
        StringWriter target = new StringWriter();
        BufferedWriter out = new BufferedWriter(target);

        try (SpreadsheetCsv.Rows rows = SpreadsheetCsv.rows(out, List.of("name"))) {
            rows.print(List.of("Ada"));
        }
        assertThat(target.toString()).isEqualTo("name\r\nAda\r\n");
        out.write("still open");
        out.flush();

        assertThat(target.toString()).endsWith("still open");
    }
}
