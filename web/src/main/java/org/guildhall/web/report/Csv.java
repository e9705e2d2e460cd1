package org.guildhall.web.report;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report's numbers as a CSV download. A cell that a spreadsheet would read as a formula (one starting with
 * {@code = + - @}, a tab or a carriage return) is written with a leading apostrophe, so opening the file runs nothing.
 */
public final class Csv {

    private Csv() {}

    public static String cell(Object value) {
        String text = value == null ? "" : String.valueOf(value);
        if (value instanceof Number) {
            return text;
        }
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    public static String write(List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header.stream().map(Csv::cell).toList());
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(Csv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static Response download(String content, String filename) {
        return Response.ok(content, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }
}
