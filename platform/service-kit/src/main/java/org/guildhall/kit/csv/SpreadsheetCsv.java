package org.guildhall.kit.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for spreadsheets (RFC 4180 with commons-csv: CRLF, fields with a comma, quote or line break quoted) whose cells a
 * spreadsheet shows as text and never runs as a formula (OWASP, CSV injection): text beginning with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a single quote in front. Text that already begins
 * with a quote gets one too, so the rule reads back without doubt: {@link #read} drops one leading quote. Numbers,
 * dates and instants are written as they are (a negative number stays a number).
 */
public final class SpreadsheetCsv {

    private static final String FORMULA_LEADS = "=+-@\t\r'";

    private SpreadsheetCsv() {}

    /** The value as a cell: text that a spreadsheet would run is quoted; {@code null} is an empty cell. */
    public static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof CharSequence text && !text.isEmpty() && FORMULA_LEADS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }

    /** The text that {@link #cell} wrote. */
    public static String read(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    /** A document written as it goes: the header now, then each {@link Rows#print} row, cells made safe. */
    public static Rows rows(Appendable out, List<String> header) {
        try {
            return new Rows(new CSVPrinter(
                    out,
                    CSVFormat.DEFAULT
                            .builder()
                            .setHeader(header.toArray(String[]::new))
                            .get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rows printed one by one; closing flushes them into the output given to {@link #rows}, which stays open: the
     * caller closes what it opened (a streamed response's writer is closed by the server once the method returns).
     */
    public static final class Rows implements AutoCloseable {

        private final CSVPrinter printer;

        private Rows(CSVPrinter printer) {
            this.printer = printer;
        }

        public void print(List<?> row) {
            try {
                printer.printRecord(row.stream().map(SpreadsheetCsv::cell).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A whole document: the header, then each row, every cell made safe by {@link #cell}. */
    public static String write(List<String> header, Iterable<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get())) {
            for (List<?> row : rows) {
                csv.printRecord(row.stream().map(SpreadsheetCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
