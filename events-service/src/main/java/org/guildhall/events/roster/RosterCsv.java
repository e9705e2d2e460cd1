package org.guildhall.events.roster;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.guildhall.kit.csv.SpreadsheetCsv;

/**
 * The roster as CSV (RFC 4180): one row per volunteer or open place, so gaps show in a spreadsheet too. Text that a
 * spreadsheet would run as a formula is written as the kit's {@link SpreadsheetCsv} cell.
 */
final class RosterCsv {

    private RosterCsv() {}

    static String of(RosterView roster) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader("shiftId", "role", "startsAt", "endsAt", "needed", "status", "memberId", "name", "hours")
                .get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (RosterView.ShiftLine line : roster.shifts()) {
                for (PlaceView volunteer : line.volunteers()) {
                    csv.printRecord(row(line, volunteer.status().name(), volunteer));
                }
                for (PlaceView waiting : line.waitlist()) {
                    csv.printRecord(row(line, "WAITLISTED", waiting));
                }
                for (int open = 0; open < (line.hasGap() ? line.openPlaces() : 0); open++) {
                    csv.printRecord(row(line, "OPEN", null));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<Object> row(RosterView.ShiftLine line, String status, PlaceView place) {
        List<Object> row = new ArrayList<>(
                List.of(line.shiftId(), line.roleName(), line.startsAt(), line.endsAt(), line.needed(), status));
        row.add(place == null ? "" : place.memberId());
        row.add(place == null || place.displayName() == null ? "" : place.displayName());
        row.add(place == null || place.hours() == null ? "" : place.hours());
        return row.stream().map(SpreadsheetCsv::cell).toList();
    }
}
