package org.guildhall.testkit;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A CSV answer (RFC 4180, a header row first) read back as a spreadsheet would, for tests of CSV exports. */
public final class CsvRows {

    private CsvRows() {}

    /** The rows of {@code csv} after its header, each readable by the header's names. */
    public static List<CSVRecord> of(String csv) {
        try {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(csv))
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
